import {monthsBetween} from "../period/monthsBetween.ts";
import type {PlanActivity, ProductType} from "./planTypes.ts";

export interface MonthlyActivityRow {
  readonly month: string;
  readonly productType: ProductType;
  readonly count: number;
}

export interface MonthlyActivity {
  /** Counts per month and product type (only types with a count), for a stacked chart. */
  readonly rows: readonly MonthlyActivityRow[];
  /** Every month of the range: the total, 0 when reports came in with nothing for it, null when no report covers the month. */
  readonly totals: readonly {readonly month: string; readonly count: number | null}[];
}

/**
 * Activities reported per month, from `from` to `to` ("YYYY-MM"; e.g. the plan's first month
 * and the month of the "as of" date). `reported` lists the months some activity report covers
 * (from the dataset's sources): a month no report covers is missing (null), never 0 — only a
 * covered month with nothing in it is a true 0. Activities outside the range are left out.
 */
export function monthlyActivity(activities: readonly PlanActivity[], from: string, to: string, reported: Iterable<string>): MonthlyActivity {
  const covered = new Set(reported);
  const months = monthsBetween(from, to);
  const sums = new Map<string, Map<ProductType, number>>(months.map((m) => [m, new Map()]));
  for (const a of activities) {
    const month = sums.get(a.month);
    if (month === undefined) continue;
    month.set(a.productType, (month.get(a.productType) ?? 0) + a.count);
  }
  const rows: MonthlyActivityRow[] = [];
  const totals = months.map((month) => {
    const byType = sums.get(month)!;
    if (!covered.has(month) && byType.size === 0) return {month, count: null};
    let count = 0;
    for (const [productType, n] of byType) {
      rows.push({month, productType, count: n});
      count += n;
    }
    return {month, count};
  });
  return {rows, totals};
}
