import {dsvFormat} from "d3-dsv";
import {writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import {formatNumber} from "../../src/format/formatNumber.ts";
import {formatPeriod} from "../../src/format/formatPeriod.ts";
import type {SampleReport} from "../../src/sample/generateTthcSample.ts";
import {REPORT_COLUMNS, REPORT_TITLE, SAMPLE_MARKER} from "../../src/tthc/reportLayout.ts";
import {TTHC_COUNT_FIELDS} from "../../src/tthc/tthcCounts.ts";

/** The report as a grid of cells, laid out the way units send it. */
export function reportGrid(report: SampleReport): (string | number)[][] {
  const issuer = report.month < "2025-07" ? "UBND HUYỆN LỘC HÀ" : "CÁC XÃ, PHƯỜNG THUỘC ĐỊA BÀN HUYỆN LỘC HÀ (CŨ)";
  const grid: (string | number)[][] = [
    [issuer],
    [REPORT_TITLE],
    [`Tháng ${formatPeriod(report.month).slice(1)}`],
    [SAMPLE_MARKER],
    [],
    REPORT_COLUMNS.map((c, i) => (i > 0 && REPORT_COLUMNS[i - 1]!.group === c.group ? "" : c.group)),
    REPORT_COLUMNS.map((c) => c.sub)
  ];
  report.rows.forEach((row, i) => grid.push([i + 1, row.unitName, ...TTHC_COUNT_FIELDS.map((f) => row.counts[f])]));
  grid.push(["", "Tổng cộng", ...TTHC_COUNT_FIELDS.map((f) => report.rows.reduce((s, r) => s + r.counts[f], 0))]);
  return grid;
}

/** Writes the report as an .xlsx workbook with merged title and header cells. */
export async function writeReportWorkbook(path: string, report: SampleReport): Promise<void> {
  const grid = reportGrid(report);
  const sheet = utils.aoa_to_sheet(grid);
  const merges = [0, 1, 2, 3].map((r) => ({s: {r, c: 0}, e: {r, c: REPORT_COLUMNS.length - 1}}));
  // group headers merged across their columns, single headers merged down two rows
  let start = 0;
  for (let c = 1; c <= REPORT_COLUMNS.length; c++) {
    if (c === REPORT_COLUMNS.length || REPORT_COLUMNS[c]!.group !== REPORT_COLUMNS[start]!.group) {
      if (c - 1 > start) merges.push({s: {r: 5, c: start}, e: {r: 5, c: c - 1}});
      else if (REPORT_COLUMNS[start]!.sub === "") merges.push({s: {r: 5, c: start}, e: {r: 6, c: start}});
      start = c;
    }
  }
  sheet["!merges"] = merges;
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, "BaoCao");
  // a fixed modification date keeps the file byte-identical from run to run
  workbook.Props = {Title: REPORT_TITLE, CreatedDate: new Date("2026-01-01T00:00:00Z"), ModifiedDate: new Date("2026-01-01T00:00:00Z")};
  await writeFile(path, write(workbook, {type: "buffer", bookType: "xlsx", compression: true}) as Buffer);
}

/** Writes the report as a CSV the way older one-stop tools export it: UTF-8 with BOM, semicolons. */
export async function writeReportCsv(path: string, report: SampleReport): Promise<void> {
  const rows = reportGrid(report).map((row) => row.map((cell) => (typeof cell === "number" ? formatNumber(cell) : cell)));
  await writeFile(path, "\uFEFF" + dsvFormat(";").formatRows(rows) + "\r\n", "utf-8");
}
