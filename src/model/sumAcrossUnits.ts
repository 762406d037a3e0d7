import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {Observation} from "./observation.ts";

/**
 * One series summing several units' counts per indicator and period (e.g. the whole district),
 * recomputing rates from the summed numerators and denominators by poolCounts' rule: a period in
 * which any included row lacks its counts is missing in the sum (a partial total would be a
 * wrong number); a unit with nothing to count (0/0) adds zero.
 */
export function sumAcrossUnits(observations: readonly Observation[], unitId: string): Observation[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.indicator}|${o.grain}|${o.period}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const result: Observation[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const pooled = poolCounts(list, isRateRows(list));
    result.push({
      unitId,
      indicator: first.indicator,
      period: first.period,
      grain: first.grain,
      numerator: pooled.numerator,
      denominator: pooled.denominator,
      value: pooled.value,
      source: [...new Set(list.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: list.some((o) => o.sample)
    });
  }
  return result.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
