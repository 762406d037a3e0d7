import {monthsBetween} from "../period/monthsBetween.ts";
import {periodOf} from "../period/periodOf.ts";
import {periodRange} from "../period/periodRange.ts";
import type {Grain} from "../period/periodTypes.ts";
import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {Observation} from "./observation.ts";

/**
 * Monthly observations rolled up to quarters, halves or years, per unit and indicator: rates
 * are recomputed from summed numerators and denominators (never averaged), counts summed, by
 * poolCounts' rule: a period is complete only when every one of its months was reported with
 * its counts (a month with nothing to count, 0/0, is reported); otherwise its value is null
 * (shown as missing), since a sum over fewer months is a different number.
 * Periods still in progress at the end of the data (e.g. the current quarter) are incomplete
 * too, and flagged as such so a page can say so.
 */
export function rollupObservations<T extends Observation>(observations: readonly T[], grain: Grain): (Observation & {readonly incomplete: boolean})[] {
  if (grain === "month") return observations.filter((o) => o.grain === "month").map((o) => ({...o, incomplete: false}));
  const groups = new Map<string, T[]>();
  for (const o of observations) {
    if (o.grain !== "month") continue;
    const key = `${o.unitId}|${o.indicator}|${periodOf(o.period, grain)}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const result: (Observation & {incomplete: boolean})[] = [];
  for (const [key, list] of groups) {
    const period = key.slice(key.lastIndexOf("|") + 1);
    const first = list[0]!;
    const byMonth = new Map(list.map((o) => [o.period, o]));
    const {first: firstMonth, last: lastMonth} = periodRange(period);
    const pooled = poolCounts(monthsBetween(firstMonth, lastMonth).map((m) => byMonth.get(m)), isRateRows(list));
    result.push({
      unitId: first.unitId,
      indicator: first.indicator,
      period,
      grain,
      numerator: pooled.numerator,
      denominator: pooled.denominator,
      value: pooled.value,
      source: [...new Set(list.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: list.some((o) => o.sample),
      incomplete: !pooled.complete
    });
  }
  return result.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
