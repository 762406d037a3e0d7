import type {Grain} from "./periodTypes.ts";

export interface ParsedPeriod {
  readonly grain: Grain;
  /** First day of the period, as UTC milliseconds (for a time axis). */
  readonly start: number;
  /** Position on its grain's calendar: consecutive periods differ by exactly 1. */
  readonly index: number;
}

/**
 * Reads a period id as the data contract writes them ("2024-10", "2024-Q4", "2024-H2",
 * "2024"), or null when `text` is not one: a query's result column is a time axis only when
 * every value parses, so anything else (a name, a code) is null rather than an error.
 */
export function parsePeriodId(text: string): ParsedPeriod | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]) - 1;
    return {grain: "month", start: Date.UTC(year, month, 1), index: year * 12 + month};
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const year = Number(m[1]);
    const quarter = Number(m[2]) - 1;
    return {grain: "quarter", start: Date.UTC(year, quarter * 3, 1), index: year * 4 + quarter};
  }
  if ((m = /^(\d{4})-H([12])$/.exec(text))) {
    const year = Number(m[1]);
    const half = Number(m[2]) - 1;
    return {grain: "half", start: Date.UTC(year, half * 6, 1), index: year * 2 + half};
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1]);
    return {grain: "year", start: Date.UTC(year, 0, 1), index: year};
  }
  return null;
}
