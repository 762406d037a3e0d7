import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {diagnoseHeaders} from "../../src/headers/diagnoseHeaders.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import {identifyReportColumn} from "../../src/tthc/identifyReportColumn.ts";
import {REPORT_COLUMNS} from "../../src/tthc/reportLayout.ts";
import {TTHC_RECIPES} from "../../src/tthc/tthcRecipes.ts";
import {observationsFromCounts} from "../../src/tthc/observationsFromCounts.ts";
import {parseTthcReport} from "../../src/tthc/parseTthcReport.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import {tthcMatchers} from "../tthc/tthcUnits.ts";
import {fileProvenance} from "./fileProvenance.ts";
import {sheetFor} from "./sheetFor.ts";
import type {Source} from "./source.ts";

/**
 * Monthly report workbooks on handling administrative procedures (báo cáo kết quả giải quyết
 * TTHC), one row per commune: title lines, a two-row merged header, a "Tổng cộng" row. The table
 * may be on any sheet; columns are found by meaning (abbreviations and English included); the
 * month comes from a title line, a "Tháng" column or the file name. Only the columns the headline
 * shares need are required: without "toàn trình", "trực tiếp", "trả kết quả qua BCCI" or
 * "thanh toán trực tuyến" the report loads, and the indicators needing them are missing for its
 * month (null, listed in meta.json as indicatorsMissing), never zero.
 */
export const tthcReport: Source = {
  kind: "tthc-report",
  dataset: "tthc",
  titleVi: "Báo cáo kết quả giải quyết TTHC hằng tháng (theo đơn vị)",
  titleEn: "Monthly TTHC results report (per unit)",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: TTHC_INDICATORS,
  headers: REPORT_COLUMNS.filter((c) => c.key !== "index").map((c) => ({
    label: c.sub === "" ? c.group : `${c.group} / ${c.sub}`,
    required: c.required,
    matches: (group: string, sub: string): boolean => identifyReportColumn(group, sub) === c.key
  })),
  // recognised by meaning: a header (one row, or a group over sub-headers) with every required column
  detect(preview) {
    const found = diagnoseHeaders(preview, tthcReport.headers!);
    return found !== null && found.missing.length === 0;
  },
  async load(file, {reference}) {
    const sheets = await readSpreadsheet(file);
    const sheet = sheetFor(sheets, (preview) => tthcReport.detect(preview));
    if (sheet === undefined) throw new DataError({file, expected: "a sheet with the report table"});
    const source = basename(file);
    const report = parseTthcReport(sheet.cells, {file, sheet: sheet.sheet, matcherFor: tthcMatchers(reference), fileName: source});
    const absent = new Set<string>(report.absent);
    const indicatorsMissing = TTHC_INDICATORS.filter((i) => {
      const recipe = TTHC_RECIPES[i.id];
      return recipe !== undefined && [...recipe.numerator, ...recipe.denominator].some((f) => absent.has(f));
    }).map((i) => i.id);
    const counts = report.rows.map((row) => ({unitId: row.unitId, month: report.month, counts: row.counts, source, sample: report.sample}));
    return {
      observations: counts.flatMap((record) => observationsFromCounts(record, TTHC_INDICATORS)),
      counts,
      provenance: await fileProvenance(file, "tthc-report", {
        sheet: sheet.sheet,
        rowsRead: report.rows.length,
        sample: report.sample,
        periods: [report.month],
        headerRows: report.headerRows,
        indicatorsMissing
      })
    };
  }
};
