import {periodRange} from "../period/periodRange.ts";
import {periodsBetween} from "../period/periodsBetween.ts";
import type {Observation} from "./observation.ts";

/**
 * Adds a row with a null value (and `gap: true`) for every period missing between a unit's
 * first and last observation of an indicator, at each grain, so that charts break the line
 * there instead of drawing through a period nobody reported.
 */
export function withGaps<T extends Observation>(observations: readonly T[]): (T | (T & {readonly gap: true}))[] {
  const byKey = new Map<string, T[]>();
  for (const o of observations) {
    const key = `${o.unitId}|${o.indicator}|${o.grain}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  const result: (T | (T & {gap: true}))[] = [];
  for (const list of byKey.values()) {
    const byPeriod = new Map(list.map((o) => [o.period, o]));
    const sorted = [...byPeriod.keys()].sort();
    const first = list[0]!;
    for (const period of periodsBetween(periodRange(sorted[0]!).first, periodRange(sorted[sorted.length - 1]!).last, first.grain)) {
      result.push(byPeriod.get(period) ?? {...first, period, value: null, numerator: null, denominator: null, source: "", gap: true});
    }
  }
  return result;
}
