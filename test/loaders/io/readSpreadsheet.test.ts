import {truncate, writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import {describe, expect, test} from "vitest";
import {readSpreadsheet} from "../../../loaders/io/readSpreadsheet.ts";
import {SPREADSHEET_LIMITS} from "../../../loaders/io/spreadsheetLimits.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {useTempDir} from "../../helpers/useTempDir.ts";

describe("readSpreadsheet", () => {
  const dir = useTempDir("cchc-read-");

  test("reads a workbook into a grid from A1 to the last filled cell, blanks as null, whatever !ref says", async () => {
    const sheet = utils.aoa_to_sheet([["Đơn vị", "Tổng số"], ["Xã Lộc Hà", 12], [null, null]]);
    sheet["!ref"] = "A1:Z500"; // declared far bigger than what it holds
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, "Báo cáo");
    for (const [ext, bookType] of [[".xlsx", "xlsx"], [".xls", "biff8"]] as const) {
      const file = dir.path(`bao-cao${ext}`);
      await writeFile(file, write(book, {type: "buffer", bookType}) as Buffer);
      expect(await readSpreadsheet(file)).toEqual([{sheet: "Báo cáo", cells: [["Đơn vị", "Tổng số"], ["Xã Lộc Hà", 12]]}]);
    }
  });

  test("a CSV is read whatever its size: the limits are for workbooks", async () => {
    const file = dir.path("bao-cao.csv");
    await writeFile(file, "Đơn vị,Tổng số\nXã Lộc Hà,12\n");
    expect(await readSpreadsheet(file)).toEqual([{sheet: "CSV", cells: [["Đơn vị", "Tổng số"], ["Xã Lộc Hà", "12"]]}]);
  });

  test("a report CSV too big to read whole is refused, pointing to the dossier-export path", async () => {
    const file = dir.path("qua-lon.csv");
    await writeFile(file, "");
    await truncate(file, SPREADSHEET_LIMITS.reportCsvBytes + 1024 * 1024); // sparse: nothing is written
    const error = (await readSpreadsheet(file).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message.startsWith(`${file}: expected a report CSV of at most 50 MB`)).toBe(true);
    expect(error.message).toMatch(/but this one is 51 MB: .*dossier-level export/);
  });
});
