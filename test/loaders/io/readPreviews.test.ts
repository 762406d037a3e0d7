import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import {readPreviews} from "../../../loaders/io/readPreviews.ts";
import {tempProject} from "../../helpers/tempProject.ts";

describe("readPreviews", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("every sheet of a workbook, in order, empty ones included", async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([]), "Trống");
    utils.book_append_sheet(book, utils.aoa_to_sheet([["Đơn vị", "Tổng số"], ["Xã Hộ Độ", 5]]), "Bảng");
    const path = await project.write("a.xlsx", "");
    await writeFile(path, write(book, {type: "buffer", bookType: "xlsx"}) as Buffer);
    expect(await readPreviews(path)).toEqual([
      {sheet: "Trống", rows: [], encoding: null},
      {sheet: "Bảng", rows: [["Đơn vị", "Tổng số"], ["Xã Hộ Độ", 5]], encoding: null}
    ]);
  });

  test("a CSV is one sheet, decoded with its encoding named", async () => {
    const path = await project.write("b.csv", "");
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Đơn vị\tTổng số\r\nXã Hộ Độ\t5\r\n", "utf16le")]));
    expect(await readPreviews(path)).toEqual([{sheet: "CSV", rows: [["Đơn vị", "Tổng số"], ["Xã Hộ Độ", "5"]], encoding: "utf-16le"}]);
  });
});
