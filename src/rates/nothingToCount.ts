import type {CountRow} from "./poolCounts.ts";

/** A row reported with nothing to count (0 of 0): its rate is shown as "không có hồ sơ", not 0 and not a gap. */
export function nothingToCount(row: CountRow): boolean {
  return row.denominator === 0 && row.numerator === 0;
}
