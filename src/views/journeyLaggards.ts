import {addMonths} from "../period/addMonths.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {rateFromCounts} from "../rates/rateFromCounts.ts";
import {journeysBetween} from "../tthc/journeysBetween.ts";
import type {PublishedCounts} from "../tthc/tthcCounts.ts";

export interface LaggardRow {
  readonly unitId: string;
  /** Online and fully online shares over the 12 months, from summed counts; null when a month is missing. */
  readonly online: number | null;
  readonly fully: number | null;
  readonly received: number | null;
  /** Months of the 12 the unit did not report, oldest first. */
  readonly missingMonths: readonly string[];
}

/**
 * Who lags on online services: each unit's online and fully online shares over the 12 months
 * ending `to`, ranked from the highest online share down; units missing a month are not
 * ranked (listed after, with their missing months), never ranked on fewer months.
 */
export function journeyLaggards(counts: readonly PublishedCounts[], to: string, unitIds: readonly string[]): {readonly from: string; readonly ranked: readonly LaggardRow[]; readonly unranked: readonly LaggardRow[]} {
  const from = addMonths(to, -11);
  const months = monthsBetween(from, to);
  const reported = new Set(counts.map((c) => `${c.unitId}|${c.period}`));
  const inWindow = unitIds.filter((id) => months.some((m) => reported.has(`${id}|${m}`)));
  const rows = journeysBetween(counts, from, to, inWindow, {period: `${from}..${to}`, grain: "month"}).map((j) => ({
    unitId: j.unitId,
    online: rateFromCounts(j.receivedOnline, j.receivedTotal),
    fully: rateFromCounts(j.receivedFullyOnline, j.receivedTotal),
    received: j.receivedTotal,
    missingMonths: months.filter((m) => !reported.has(`${j.unitId}|${m}`))
  }));
  return {from, ranked: rows.filter((r) => r.online !== null).sort((a, b) => b.online! - a.online!), unranked: rows.filter((r) => r.online === null)};
}
