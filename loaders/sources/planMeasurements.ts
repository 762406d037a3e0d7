import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {headerKey} from "../../src/plan/locatePlanTable.ts";
import {parseMeasurementReport} from "../../src/plan/parseMeasurementReport.ts";
import {MEASUREMENT_COLUMNS} from "../../src/plan/planReportLayout.ts";
import {PLAN_INDICATORS, PLAN_TARGET_INDICATOR} from "../../src/plan/planIndicators.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import {plansForFile} from "../plan/loadPlan.ts";
import {hasPlanHeader} from "./planReports.ts";
import {fileProvenance} from "./fileProvenance.ts";
import {sheetFor} from "./sheetFor.ts";
import type {Source} from "./source.ts";

/**
 * Target measurements of the communication plan (kết quả chỉ tiêu), one row per unit,
 * quarter and target measure: observations of indicator plan_target per unit and quarter,
 * numerator / denominator (yes = 1 of 1, no = 0 of 1), with the measure ("2.1") in `item`.
 * Checked against the plan covering each quarter: see parseMeasurementReport.
 */
export const planMeasurements: Source = {
  kind: "plan-measurements",
  dataset: "plan",
  titleVi: "Kết quả thực hiện chỉ tiêu tuyên truyền CCHC (theo đơn vị, theo quý)",
  titleEn: "Communication plan target measurements (per unit and quarter)",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: PLAN_INDICATORS.filter((i) => i.id === PLAN_TARGET_INDICATOR),
  detect(preview) {
    return hasPlanHeader(preview, MEASUREMENT_COLUMNS);
  },
  headers: aliasSpecs(MEASUREMENT_COLUMNS, headerKey),
  async load(file, {reference}) {
    const sheets = await readSpreadsheet(file);
    const sheet = sheetFor(sheets, (preview) => planMeasurements.detect(preview));
    if (sheet === undefined) throw new DataError({file, expected: "a sheet with the measurement table"});
    const plans = await plansForFile(file);
    const report = parseMeasurementReport(sheet.cells, {file, sheet: sheet.sheet, plans, units: reference.units, lineage: reference.lineage});
    const source = basename(file);
    const quarters = report.rows.map((r) => r.quarter);
    return {
      observations: report.rows.map((r) => ({
        unitId: r.unitId,
        indicator: PLAN_TARGET_INDICATOR,
        period: r.quarter,
        grain: "quarter" as const,
        value: r.denominator > 0 ? r.numerator / r.denominator : null,
        numerator: r.numerator,
        denominator: r.denominator,
        source,
        sample: report.sample,
        item: r.measure
      })),
      provenance: await fileProvenance(file, "plan-measurements", {sheet: sheet.sheet, rowsRead: report.rows.length + report.blank, sample: report.sample, periods: quarters})
    };
  }
};
