import {nothingToCount} from "../rates/nothingToCount.ts";
import type {CountRow} from "../rates/poolCounts.ts";
import {formatPercent} from "./formatPercent.ts";
import type {Lang} from "./lang.ts";

/**
 * A row's rate for people to read: its percentage, or "không có hồ sơ" when the row was reported
 * with nothing to count (0 of 0) — neither 0% nor a gap, by the pooling rule (poolCounts).
 * A missing rate prints as formatPercent does ("–").
 */
export function formatRate(row: CountRow & {readonly value: number | null}, options: {readonly digits?: number; readonly lang?: Lang} = {}): string {
  if (nothingToCount(row)) return options.lang === "en" ? "no dossiers" : "không có hồ sơ";
  return formatPercent(row.value, options);
}
