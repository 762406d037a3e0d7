import {monthsBetween} from "../period/monthsBetween.ts";
import type {Observation} from "./observation.ts";

/**
 * Adds a row with a null value for every month missing between a unit's first and last
 * monthly observation of an indicator, so that charts break the line there instead of
 * drawing through a month nobody reported.
 */
export function withGaps<T extends Observation>(observations: readonly T[]): (T | (Observation & {readonly gap: true}))[] {
  const byKey = new Map<string, T[]>();
  for (const o of observations) {
    const key = `${o.unitId}|${o.indicator}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  const result: (T | (Observation & {gap: true}))[] = [];
  for (const list of byKey.values()) {
    const months = list.filter((o) => o.grain === "month");
    if (months.length === 0) {
      result.push(...list);
      continue;
    }
    const byPeriod = new Map(months.map((o) => [o.period, o]));
    const sorted = [...byPeriod.keys()].sort();
    const first = months[0]!;
    for (const month of monthsBetween(sorted[0]!, sorted[sorted.length - 1]!)) {
      const found = byPeriod.get(month);
      result.push(
        found ?? {...first, period: month, value: null, numerator: null, denominator: null, source: "", gap: true}
      );
    }
    result.push(...list.filter((o) => o.grain !== "month"));
  }
  return result;
}
