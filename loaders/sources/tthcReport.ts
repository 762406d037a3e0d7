import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import {identifyReportColumn} from "../../src/tthc/identifyReportColumn.ts";
import {observationsFromCounts} from "../../src/tthc/observationsFromCounts.ts";
import {parseTthcReport} from "../../src/tthc/parseTthcReport.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import {tthcMatchers} from "../tthc/tthcUnits.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

/**
 * Monthly report workbooks on handling administrative procedures (báo cáo kết quả giải quyết
 * TTHC), one row per commune: title lines, a two-row merged header, a "Tổng cộng" row.
 */
export const tthcReport: Source = {
  kind: "tthc-report",
  dataset: "tthc",
  titleVi: "Báo cáo kết quả giải quyết TTHC hằng tháng (theo đơn vị)",
  titleEn: "Monthly TTHC results report (per unit)",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: TTHC_INDICATORS,
  detect(preview) {
    return preview.some(
      (row) =>
        row.some((c) => identifyReportColumn(String(c ?? ""), "") === "unit") &&
        row.some((c) => foldVietnamese(String(c ?? "")).includes("tiep nhan"))
    );
  },
  async load(file, {reference}) {
    const sheets = await readSpreadsheet(file);
    const sheet = sheets.find((s) => s.cells.length > 0);
    if (sheet === undefined) throw new DataError({file, expected: "a sheet with the report table"});
    const report = parseTthcReport(sheet.cells, {file, sheet: sheet.sheet, matcherFor: tthcMatchers(reference)});
    const source = basename(file);
    return {
      observations: report.rows.flatMap((row) =>
        observationsFromCounts({unitId: row.unitId, month: report.month, counts: row.counts, source, sample: report.sample}, TTHC_INDICATORS)
      ),
      provenance: await fileProvenance(file, "tthc-report", {sheet: sheet.sheet, rowsRead: report.rows.length, sample: report.sample, periods: [report.month]})
    };
  }
};
