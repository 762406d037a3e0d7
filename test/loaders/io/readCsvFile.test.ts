import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {readCsvRecords, readCsvText} from "../../../loaders/io/readCsvFile.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {tempProject} from "../../helpers/tempProject.ts";

describe("readCsvText", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("UTF-8 with a BOM and semicolons; UTF-16LE with tabs; NFC", async () => {
    const a = await project.write("a.csv", "\uFEFFĐơn vị;Tổng số\r\nXa\u0303 Hộ Độ;5\r\n");
    expect(await readCsvText(a)).toEqual({rows: [["Đơn vị", "Tổng số"], ["Xã Hộ Độ", "5"]], encoding: "utf-8", delimiter: ";"});
    const b = await project.write("b.csv", "");
    const {writeFile} = await import("node:fs/promises");
    await writeFile(b, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Đơn vị\tTổng số\r\nXã Hộ Độ\t5\r\n", "utf16le")]));
    expect(await readCsvText(b)).toMatchObject({rows: [["Đơn vị", "Tổng số"], ["Xã Hộ Độ", "5"]], encoding: "utf-16le", delimiter: "\t"});
  });

  test("damaged UTF-8: refused, naming the row", async () => {
    const {writeFile} = await import("node:fs/promises");
    const path = await project.write("c.csv", "");
    await writeFile(path, Buffer.concat([Buffer.from("Đơn vị;Tổng số\nXã Hộ Độ;5\nXã Thạch Kim"), Buffer.from([0xff]), Buffer.from(";6\n")]));
    const error = await readCsvText(path).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toMatchObject({row: 3});
  });

  test("readCsvRecords keys rows by header, skipping blank rows", async () => {
    const path = await project.write("d.csv", "a,b\n1,2\n,\n3,4\n");
    expect(await readCsvRecords(path)).toEqual({header: ["a", "b"], records: [{row: 2, values: {a: "1", b: "2"}}, {row: 4, values: {a: "3", b: "4"}}]});
  });
});
