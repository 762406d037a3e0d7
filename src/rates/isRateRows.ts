import type {CountRow} from "./poolCounts.ts";

/** Whether rows of an indicator carry a denominator (a rate, tỷ lệ) rather than being plain counts. */
export function isRateRows(rows: readonly (CountRow | undefined)[]): boolean {
  return rows.some((row) => row !== undefined && row.denominator !== null);
}
