import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {utils, write} from "@e965/xlsx";
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {sniffFile} from "../../../loaders/io/sniffFile.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const xlsx = (): Buffer => {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([["a"]]), "S");
  return write(book, {type: "buffer", bookType: "xlsx"}) as Buffer;
};

describe("sniffFile", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const file = async (name: string, bytes: Buffer | string): Promise<string> => {
    const path = join(project.root, name);
    await writeFile(path, bytes);
    return path;
  };
  const refusal = async (path: string): Promise<DataError> => {
    const error = await sniffFile(path).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  };

  test("a workbook, a CSV and its encoding, an HTML table named .xls", async () => {
    expect(await sniffFile(await file("a.xlsx", xlsx()))).toEqual({kind: "zip"});
    expect(await sniffFile(await file("a.csv", "Đơn vị;Tổng số\n"))).toEqual({kind: "text", encoding: "utf-8"});
    expect(await sniffFile(await file("b.csv", Buffer.from([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0])))).toEqual({kind: "text", encoding: "utf-16le"});
    expect(await sniffFile(await file("c.xls", "<html><table><tr><td>Đơn vị</td></tr></table></html>"))).toEqual({kind: "markup", encoding: "utf-8"});
  });

  test("an empty file", async () => {
    expect((await refusal(await file("empty.xlsx", ""))).message).toContain("expected a file with data; this one is empty (0 bytes)");
    expect((await refusal(await file("blank.csv", "\uFEFF\r\n\r\n"))).message).toContain("expected a file with data; this one holds no text (7 bytes of blanks)");
  });

  test("a text file renamed .xlsx", async () => {
    const error = await refusal(await file("bao-cao.xlsx", "Đơn vị;Tổng số\nXã Hộ Độ;5\n"));
    expect(error.message).toContain("expected an Excel workbook; this file is plain text (utf-8): if it is a CSV, rename it to .csv");
  });

  test("a workbook renamed .csv", async () => {
    expect((await refusal(await file("bao-cao.csv", xlsx()))).message).toContain("this is an Excel workbook (.xlsx): rename it to .xlsx");
  });

  test("bytes that are neither a workbook nor text", async () => {
    const noise = Buffer.from(Array.from({length: 600}, (_, i) => (i * 37 + 11) % 256));
    expect((await refusal(await file("x.xlsx", noise))).message).toContain("these bytes are neither a workbook nor text");
  });
});
