import type {Observation} from "./observation.ts";

/**
 * One series summing several units' counts per indicator and period (e.g. the whole district),
 * recomputing rates from the summed numerators and denominators. A period in which any
 * included row is missing (null) is missing in the sum: a partial total would be a wrong number.
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
    const isRate = list.every((o) => o.denominator !== null || o.numerator === null);
    const missing = list.some((o) => o.numerator === null);
    const numerator = missing ? null : list.reduce((s, o) => s + o.numerator!, 0);
    const denominator = missing || !isRate ? null : list.reduce((s, o) => s + o.denominator!, 0);
    result.push({
      unitId,
      indicator: first.indicator,
      period: first.period,
      grain: first.grain,
      numerator,
      denominator,
      value: numerator === null ? null : isRate ? (denominator ? numerator / denominator : null) : numerator,
      source: [...new Set(list.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: list.some((o) => o.sample)
    });
  }
  return result.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
