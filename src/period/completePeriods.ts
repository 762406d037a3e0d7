import {monthsBetween} from "./monthsBetween.ts";
import {periodOf} from "./periodOf.ts";
import type {Grain} from "./periodTypes.ts";

/**
 * The periods of `grain` whose every month lies between `from` and `to` ("YYYY-MM",
 * inclusive), oldest first: the periods a page can offer without showing a quarter or year
 * the data cover only in part (data through 2026-10 give quarters up to 2026-Q3).
 */
export function completePeriods(from: string, to: string, grain: Grain): string[] {
  const months = monthsBetween(from, to);
  const counts = new Map<string, number>();
  for (const month of months) {
    const period = periodOf(month, grain);
    counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  const length = {month: 1, quarter: 3, half: 6, year: 12}[grain];
  return [...counts].filter(([, n]) => n === length).map(([period]) => period);
}
