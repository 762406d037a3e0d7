import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import type {Observation} from "../../src/model/observation.ts";
import {headerKey} from "../../src/plan/locatePlanTable.ts";
import {parseActivityReport} from "../../src/plan/parseActivityReport.ts";
import {ACTIVITY_COLUMNS} from "../../src/plan/planReportLayout.ts";
import {activityIndicatorId, PLAN_INDICATORS, PLAN_TARGET_INDICATOR} from "../../src/plan/planIndicators.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import {plansForFile} from "../plan/loadPlan.ts";
import {fileProvenance} from "./fileProvenance.ts";
import {sheetFor} from "./sheetFor.ts";
import type {Preview, Source} from "./source.ts";

/** Whether some row of the preview names every required column of `columns`. */
export function hasPlanHeader(preview: Preview, columns: readonly {readonly aliases: readonly string[]; readonly required: boolean}[]): boolean {
  return preview.some((row) => {
    const keys = row.map(headerKey);
    return columns.filter((c) => c.required).every((c) => keys.some((k) => c.aliases.includes(k) || c.aliases.some((a) => k.startsWith(`${a} `))));
  });
}

/**
 * Activity reports of the communication plan (báo cáo kết quả tuyên truyền): one row per
 * activity with date, unit or agency, task item, product type, count, link or note. Rows are
 * summed per unit, task item, product type and month into observations of indicator
 * plan_activity_<type> (value = count), with the task item in `item`. Checked against the
 * plan covering each date (data/plan/<year>/): see parseActivityReport.
 */
export const planReports: Source = {
  kind: "plan-activities",
  dataset: "plan",
  titleVi: "Báo cáo kết quả thực hiện kế hoạch tuyên truyền CCHC (theo hoạt động)",
  titleEn: "Communication plan activity reports",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: PLAN_INDICATORS.filter((i) => i.id !== PLAN_TARGET_INDICATOR),
  detect(preview) {
    return hasPlanHeader(preview, ACTIVITY_COLUMNS);
  },
  headers: aliasSpecs(ACTIVITY_COLUMNS, headerKey),
  async load(file, {reference}) {
    const sheets = await readSpreadsheet(file);
    const sheet = sheetFor(sheets, (preview) => planReports.detect(preview));
    if (sheet === undefined) throw new DataError({file, expected: "a sheet with the activity table"});
    const plans = await plansForFile(file);
    const report = parseActivityReport(sheet.cells, {file, sheet: sheet.sheet, plans, units: reference.units, lineage: reference.lineage});
    const source = basename(file);
    const totals = new Map<string, Observation>();
    for (const r of report.rows) {
      const indicator = activityIndicatorId(r.productType);
      const key = `${r.unitId}|${indicator}|${r.month}|${r.item}`;
      const before = totals.get(key)?.value ?? 0;
      const value = before + r.count;
      totals.set(key, {unitId: r.unitId, indicator, period: r.month, grain: "month", value, numerator: value, denominator: null, source, sample: report.sample, item: r.item});
    }
    const months = report.rows.map((r) => r.month);
    return {
      observations: [...totals.values()],
      provenance: await fileProvenance(file, "plan-activities", {sheet: sheet.sheet, rowsRead: report.rows.length, sample: report.sample, periods: months})
    };
  }
};
