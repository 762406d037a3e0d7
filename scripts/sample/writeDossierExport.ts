import {dsvFormat} from "d3-dsv";
import {writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import type {DossierSampleRow} from "../../src/sample/generateDossierSample.ts";
import {DOSSIER_COLUMNS} from "../../src/tthc/dossierColumns.ts";
import {formatPeriod} from "../../src/format/formatPeriod.ts";
import {SAMPLE_MARKER} from "../../src/tthc/reportLayout.ts";

/** Header and rows as the one-stop system lays out its export: STT, then the dossier columns. */
function table(rows: readonly DossierSampleRow[]): string[][] {
  return [["STT", ...DOSSIER_COLUMNS.map((c) => c.header)], ...rows.map((row, i) => [String(i + 1), ...DOSSIER_COLUMNS.map((c) => row[c.key])])];
}

/** A dossier export as CSV: UTF-8 with BOM, commas, CRLF, one header line and no title lines. */
export async function writeDossierCsv(path: string, rows: readonly DossierSampleRow[]): Promise<void> {
  const csv = dsvFormat(",");
  // CRLF on every line, as Windows tools write it: DuckDB's strict reader refuses mixed endings
  await writeFile(path, "\uFEFF" + table(rows).map((row) => csv.formatRow(row)).join("\r\n") + "\r\n", "utf-8");
}

/** dd/mm/yyyy → a date cell, as Excel exports of the system hold them. */
function dateCell(text: string): Date | string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m === null ? text : new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
}

/** A dossier export as .xlsx: two title lines (the month, the sample marker) above the table; dates as date cells. */
export async function writeDossierWorkbook(path: string, month: string, rows: readonly DossierSampleRow[]): Promise<void> {
  const dates = new Set(DOSSIER_COLUMNS.map((c, i) => (["received", "due", "completed"].includes(c.key) ? i + 1 : -1)));
  const [header, ...body] = table(rows);
  const grid: (string | Date)[][] = [
    [`DANH SÁCH HỒ SƠ TIẾP NHẬN ${formatPeriod(month).toUpperCase()}`],
    [SAMPLE_MARKER],
    header!,
    ...body.map((row) => row.map((cell, i) => (dates.has(i) && cell !== "" ? dateCell(cell) : cell)))
  ];
  // Excel's built-in short date (format 14: dd/mm/yyyy on a Vietnamese system). A custom dateNF
  // would be added to SheetJS's global format table and change every workbook written after.
  const sheet = utils.aoa_to_sheet(grid, {cellDates: true});
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, "HoSo");
  // a fixed modification date keeps the file byte-identical from run to run
  workbook.Props = {Title: "Danh sách hồ sơ", CreatedDate: new Date("2026-01-01T00:00:00Z"), ModifiedDate: new Date("2026-01-01T00:00:00Z")};
  await writeFile(path, write(workbook, {type: "buffer", bookType: "xlsx", compression: true}) as Buffer);
}
