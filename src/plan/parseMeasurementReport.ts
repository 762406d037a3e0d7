import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {parseVietnameseNumber} from "../format/parseVietnameseNumber.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {parsePeriodLabel} from "../period/parsePeriodLabel.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import {createPlanUnitResolver, type PlanUnitMatch} from "./createPlanUnitResolver.ts";
import {locatePlanTable} from "./locatePlanTable.ts";
import {parseTaskItemId} from "./parseTaskItemId.ts";
import {periodRange} from "../period/periodRange.ts";
import {MEASUREMENT_COLUMNS} from "./planReportLayout.ts";
import type {Plan, TargetMeasure} from "./planTypes.ts";

export interface MeasurementReportContext {
  readonly file: string;
  readonly sheet: string;
  readonly plans: readonly Plan[];
  readonly units: readonly Unit[];
  readonly lineage: readonly LineageLink[];
}

export interface ParsedMeasurementRow {
  readonly row: number;
  readonly quarter: string;
  readonly unitId: string;
  readonly measure: string;
  readonly numerator: number;
  readonly denominator: number;
}

export interface ParsedMeasurementReport {
  readonly sample: boolean;
  readonly rows: readonly ParsedMeasurementRow[];
  /** Rows whose result was blank: not measured, so no value (never a zero). */
  readonly blank: number;
}

const MAX_PROBLEMS = 50;
const YES = new Set(["co", "x", "dat", "yes", "1", "true", "co dat"]);
const NO = new Set(["khong", "chua", "khong dat", "chua dat", "no", "0", "false", "khong co"]);

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

function quarterOf(raw: unknown): string | null {
  const t = text(raw);
  if (/^\d{4}-Q[1-4]$/.test(t)) return t;
  const period = parsePeriodLabel(t);
  return period !== null && period.grain === "quarter" ? period.id : null;
}

/**
 * Reads a target measurement report (kết quả chỉ tiêu): one row per unit, quarter and target
 * measure of the plan covering the quarter. A yes/no measure takes "Có"/"Không" (also x, đạt,
 * chưa, 1, 0) and a blank total; a share takes a whole count and the total it is out of (e.g.
 * 95 of 98 procedures listed). The unit must be in the measure's scope (a commune that existed
 * in the quarter, or the district). A blank result is "not measured": the row gives no value.
 * All problems are reported at once; a file loads whole or not at all.
 */
export function parseMeasurementReport(cells: readonly (readonly unknown[])[], context: MeasurementReportContext): ParsedMeasurementReport {
  const {file, sheet} = context;
  const table = locatePlanTable(cells, MEASUREMENT_COLUMNS, {file, sheet});
  type Key = Parameters<typeof table.label>[0];
  const col = (row: readonly unknown[], key: Key): unknown => {
    const j = table.columns.get(key);
    return j === undefined ? null : row[j];
  };
  const resolvers = new Map<string, (name: string, months: readonly string[]) => PlanUnitMatch>();
  const years = context.plans.map((p) => p.year).join(", ") || "none";

  const problems: DataError[] = [];
  const rows: ParsedMeasurementRow[] = [];
  const seen = new Map<string, number>();
  let blank = 0;
  for (let i = table.headerRow + 1; i < cells.length && problems.length < MAX_PROBLEMS; i++) {
    const r = cells[i] ?? [];
    const row = i + 1;
    const keys: Key[] = ["quarter", "unit", "measure", "result", "denominator"];
    if (keys.every((k) => text(col(r, k)) === "")) continue;
    const problem = (key: Key, value: unknown, expected: string): void => {
      problems.push(new DataError({file, sheet, row, column: table.label(key), value: value ?? "", expected}));
    };

    const rawQuarter = col(r, "quarter");
    const quarter = quarterOf(rawQuarter);
    if (quarter === null) {
      problem("quarter", rawQuarter, "a quarter such as Quý I/2024, Q1/2024 or 2024-Q1");
      continue;
    }
    const {first, last} = periodRange(quarter);
    const plan = context.plans.find((p) => first >= p.from && last <= p.to);
    if (plan === undefined) {
      problem("quarter", rawQuarter, `a quarter of a plan in data/plan/ (plans: ${years}); for another year add its folder data/plan/<year>/`);
      continue;
    }
    let resolve = resolvers.get(plan.year);
    if (!resolve) resolvers.set(plan.year, (resolve = createPlanUnitResolver(plan, context, {agencies: false, district: true})));

    const rawUnit = text(col(r, "unit"));
    const unit = rawUnit === "" ? ({ok: false, expected: "the name of the commune or the district measured"} as const) : resolve(rawUnit, monthsBetween(first, last));
    if (!unit.ok) problem("unit", rawUnit, unit.expected);

    const rawMeasure = col(r, "measure");
    const measureId = parseTaskItemId(foldVietnamese(text(rawMeasure)).replace(/^(chi tieu|ct)\s*(so\s*)?/, ""));
    const measures = plan.targets.flatMap((t) => t.measures);
    const measure: TargetMeasure | undefined = measures.find((m) => m.id === measureId);
    if (measure === undefined) {
      const target = plan.targets.find((t) => t.id === measureId);
      problem(
        "measure",
        rawMeasure,
        target !== undefined
          ? `one measure of target ${target.id}: ${target.measures.map((m) => m.id).join(" or ")}`
          : `a target measure of the ${plan.year} plan: ${measures.map((m) => m.id).join(", ")}`
      );
    } else if (unit.ok && unit.kind !== "agency" && !measure.scope.includes(unit.kind)) {
      problem("unit", rawUnit, `a ${measure.scope.join(" or ")}: measure ${measure.id} (${measure.nameVi}) is not measured for ${unit.kind === "district" ? "the district" : "a commune"}`);
    }

    const rawResult = col(r, "result");
    const rawTotal = col(r, "denominator");
    if (text(rawResult) === "") {
      blank++;
      continue; // not measured: no value, never a zero
    }
    if (measure === undefined || !unit.ok) continue;
    let numerator: number | null = null;
    let denominator: number | null = null;
    if (measure.kind === "yes-no") {
      const answer = typeof rawResult === "boolean" ? String(rawResult) : foldVietnamese(text(rawResult));
      if (YES.has(answer)) numerator = 1;
      else if (NO.has(answer)) numerator = 0;
      else problem("result", rawResult, `"Có" or "Không" (measure ${measure.id} is yes/no)`);
      const total = parseVietnameseNumber(rawTotal);
      if (!(total.ok && (total.value === null || total.value === 1))) problem("denominator", rawTotal, `blank (measure ${measure.id} is yes/no)`);
      denominator = 1;
    } else {
      const count = parseVietnameseNumber(rawResult);
      if (typeof rawResult === "string" && rawResult.includes("%")) problem("result", rawResult, "a count, not a percentage: give how many and, under the total column, out of how many");
      else if (!count.ok || count.value === null || !Number.isInteger(count.value) || count.value < 0) problem("result", rawResult, "a whole number, 0 or more");
      else numerator = count.value;
      const total = parseVietnameseNumber(rawTotal);
      if (!total.ok || total.value === null || !Number.isInteger(total.value) || total.value < 0) {
        problem("denominator", rawTotal, `the total the result is out of: a whole number, 0 or more (measure ${measure.id} is a share)`);
      } else if (numerator !== null && numerator > total.value) {
        problem("result", rawResult, `at most the total (${total.value})`);
        numerator = null;
      } else denominator = total.value;
    }
    if (numerator === null || denominator === null) continue;
    const key = `${unit.id}|${quarter}|${measure.id}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem("measure", rawMeasure, `one row per unit, quarter and measure (also on row ${earlier})`);
      continue;
    }
    seen.set(key, row);
    rows.push({row, quarter, unitId: unit.id, measure: measure.id, numerator, denominator});
  }
  throwIfProblems(problems);
  if (rows.length === 0) throw new DataError({file, sheet, row: table.headerRow + 2, expected: "at least one measured row under the header"});
  return {sample: table.sample, rows, blank};
}
