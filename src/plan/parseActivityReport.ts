import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {parseVietnameseDate} from "../format/parseVietnameseDate.ts";
import {parseVietnameseNumber} from "../format/parseVietnameseNumber.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {createPlanUnitResolver, type PlanUnitMatch} from "./createPlanUnitResolver.ts";
import {locatePlanTable} from "./locatePlanTable.ts";
import {parseProductType} from "./parseProductType.ts";
import {parseTaskItemId} from "./parseTaskItemId.ts";
import {ACTIVITY_COLUMNS} from "./planReportLayout.ts";
import type {Plan, ProductType} from "./planTypes.ts";
import {PRODUCT_TYPES} from "./productTypes.ts";

export interface ActivityReportContext {
  readonly file: string;
  readonly sheet: string;
  /** Every year's plan (loadPlans): a row is checked against the plan covering its date. */
  readonly plans: readonly Plan[];
  readonly units: readonly Unit[];
  readonly lineage: readonly LineageLink[];
}

export interface ParsedActivityRow {
  /** 1-based spreadsheet row. */
  readonly row: number;
  readonly date: string;
  readonly month: string;
  readonly unitId: string;
  readonly item: string;
  readonly productType: ProductType;
  readonly count: number;
  readonly note: string;
}

export interface ParsedActivityReport {
  readonly sample: boolean;
  readonly rows: readonly ParsedActivityRow[];
}

const MAX_PROBLEMS = 50;

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

/**
 * Reads an activity report (báo cáo kết quả tuyên truyền): title lines, a header row, one row
 * per activity with date, unit or agency, task item, product type, count and an optional link
 * or note. Every row is checked against the plan covering its date: the unit is a commune of
 * the plan that existed that month or one of its agencies (never a group), the task item
 * exists, the product type is one the item produces, the count is a whole number 0 or more.
 * All problems are reported at once (DataErrors); a file loads whole or not at all. A row
 * repeated exactly is refused rather than counted twice.
 */
export function parseActivityReport(cells: readonly (readonly unknown[])[], context: ActivityReportContext): ParsedActivityReport {
  const {file, sheet} = context;
  const table = locatePlanTable(cells, ACTIVITY_COLUMNS, {file, sheet});
  const col = (row: readonly unknown[], key: Parameters<typeof table.label>[0]): unknown => {
    const j = table.columns.get(key);
    return j === undefined ? null : row[j];
  };
  const resolvers = new Map<string, (name: string, months: readonly string[]) => PlanUnitMatch>();
  const resolverFor = (plan: Plan): ((name: string, months: readonly string[]) => PlanUnitMatch) => {
    let r = resolvers.get(plan.year);
    if (!r) resolvers.set(plan.year, (r = createPlanUnitResolver(plan, context, {agencies: true, district: false})));
    return r;
  };
  const years = context.plans.map((p) => `${p.year} (${p.from} to ${p.to})`).join(", ") || "none";

  const problems: DataError[] = [];
  const rows: ParsedActivityRow[] = [];
  const seen = new Map<string, number>();
  for (let i = table.headerRow + 1; i < cells.length && problems.length < MAX_PROBLEMS; i++) {
    const cellsOfRow = cells[i] ?? [];
    const row = i + 1;
    const wanted = ACTIVITY_COLUMNS.filter((c) => c.key !== "index" && table.columns.has(c.key)).map((c) => text(col(cellsOfRow, c.key)));
    if (wanted.every((t) => t === "")) continue; // blank line, or a "(1) (2) …" numbering row has no dates either
    const problem = (key: Parameters<typeof table.label>[0], value: unknown, expected: string): void => {
      problems.push(new DataError({file, sheet, row, column: table.label(key), value: value ?? "", expected}));
    };

    const rawDate = col(cellsOfRow, "date");
    const date = parseVietnameseDate(rawDate);
    if (!date.ok || date.value === null) {
      problem("date", rawDate, date.ok ? "a date (ngày) such as 15/03/2024; a row needs its date" : date.expected);
      continue;
    }
    const month = date.value.slice(0, 7);
    const plan = context.plans.find((p) => month >= p.from && month <= p.to);
    if (plan === undefined) {
      problem("date", rawDate, `a date within a plan in data/plan/ (plans: ${years}); for another year add its folder data/plan/<year>/`);
      continue;
    }

    const rawUnit = text(col(cellsOfRow, "unit"));
    const unit = rawUnit === "" ? ({ok: false, expected: "the name of the commune or agency that did it"} as const) : resolverFor(plan)(rawUnit, [month]);
    if (!unit.ok) problem("unit", rawUnit, unit.expected);

    const rawTask = col(cellsOfRow, "task");
    const itemId = parseTaskItemId(rawTask);
    const items = plan.tasks.flatMap((t) => t.items);
    const item = items.find((it) => it.id === itemId);
    if (item === undefined) {
      const task = plan.tasks.find((t) => String(t.number) === itemId);
      const numbers = plan.tasks.map((t) => t.number);
      problem(
        "task",
        rawTask,
        task !== undefined
          ? `a sub-item of task ${task.number}: ${task.items.map((it) => it.id).join(" or ")}`
          : `a task number of the ${plan.year} plan (${numbers[0]}-${numbers[numbers.length - 1]}; sub-items such as ${items.find((it) => it.id.includes("."))?.id ?? "14.2"})`
      );
    }

    const rawType = text(col(cellsOfRow, "productType"));
    const productType = parseProductType(rawType);
    if (productType === null) {
      problem("productType", rawType, `a product type: ${PRODUCT_TYPES.map((t) => `${t.nameVi} (${t.id})`).join(", ")}`);
    } else if (item !== undefined && !item.productTypes.includes(productType)) {
      const names = item.productTypes.map((p) => PRODUCT_TYPES.find((t) => t.id === p)!.nameVi);
      problem("productType", rawType, `a product of task ${item.id} (${names.join("; ")}); check the task number`);
    }

    const rawCount = col(cellsOfRow, "count");
    const parsedCount = parseVietnameseNumber(rawCount);
    let count: number | null = null;
    if (!parsedCount.ok) problem("count", rawCount, `a count: ${parsedCount.expected}`);
    else if (parsedCount.value === null) problem("count", rawCount, "a count (write 0 when there was none; a blank cell is not a zero)");
    else if (!Number.isInteger(parsedCount.value) || parsedCount.value < 0) problem("count", rawCount, "a whole number, 0 or more");
    else count = parsedCount.value;

    if (!unit.ok || item === undefined || productType === null || count === null || !item.productTypes.includes(productType)) continue;
    const note = text(col(cellsOfRow, "note"));
    const key = [date.value, unit.id, item.id, productType, count, note].join("|");
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem("count", rawCount, `a row different from row ${earlier} (the same date, unit, task, product and note): write one row with the total count`);
      continue;
    }
    seen.set(key, row);
    rows.push({row, date: date.value, month, unitId: unit.id, item: item.id, productType, count, note});
  }
  throwIfProblems(problems);
  if (rows.length === 0) throw new DataError({file, sheet, row: table.headerRow + 2, expected: "at least one activity row under the header"});
  return {sample: table.sample, rows};
}
