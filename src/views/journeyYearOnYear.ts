import {rateFromCounts} from "../rates/rateFromCounts.ts";
import {journeysInPeriod} from "../tthc/journeysInPeriod.ts";
import type {PublishedCounts} from "../tthc/tthcCounts.ts";

export interface YearOnYearRow {
  readonly unitId: string;
  /** Online share in the period and in the same period a year earlier, from counts; null when missing. */
  readonly value: number | null;
  readonly yearAgo: number | null;
  /** value − yearAgo (a share difference: 0.05 is 5 percentage points), null when either is missing. */
  readonly change: number | null;
}

/**
 * Who improved most on a year earlier: each unit's online share in `period` against the same
 * period a year before ("2024-Q3" against "2023-Q3"), largest gain first; units without both
 * figures come last, never compared on a guess.
 */
export function journeyYearOnYear(counts: readonly PublishedCounts[], period: string, unitIds: readonly string[]): {readonly yearAgoPeriod: string; readonly rows: readonly YearOnYearRow[]} {
  const yearAgoPeriod = `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
  const share = (p: string): Map<string, number | null> => new Map(journeysInPeriod(counts, p, unitIds).map((j) => [j.unitId, rateFromCounts(j.receivedOnline, j.receivedTotal)]));
  const now = share(period);
  const before = share(yearAgoPeriod);
  const rows = unitIds.map((unitId) => {
    const value = now.get(unitId) ?? null;
    const yearAgo = before.get(unitId) ?? null;
    return {unitId, value, yearAgo, change: value === null || yearAgo === null ? null : value - yearAgo};
  });
  return {yearAgoPeriod, rows: rows.sort((a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity))};
}
