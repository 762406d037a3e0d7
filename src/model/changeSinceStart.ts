import type {Observation} from "./observation.ts";

export interface Change {
  /** The value itself (mức), before the change was taken. */
  readonly level: number | null;
  /** The first value of the series that is not missing, and its period: what the change is from. */
  readonly base: number | null;
  readonly basePeriod: string | null;
}

/**
 * Each series (unit × indicator) as its change since its first value in the rows given (thay
 * đổi so với đầu kỳ): `value` becomes value − first value, in the indicator's own unit (a share
 * difference of 0.05 is 5 percentage points; formatChange writes it). A missing value stays
 * missing, and a series with no value at all has no change. The series' first value may come
 * after the range start (a unit formed in 2025, a month missing): `basePeriod` says which.
 */
export function changeSinceStart<T extends Observation>(observations: readonly T[]): (T & Change)[] {
  const bases = new Map<string, T>();
  const sorted = [...observations].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (const o of sorted) {
    const key = `${o.unitId}|${o.indicator}`;
    if (o.value !== null && !bases.has(key)) bases.set(key, o);
  }
  return observations.map((o) => {
    const base = bases.get(`${o.unitId}|${o.indicator}`);
    const change = o.value === null || base === undefined ? null : o.value - base.value!;
    return {...o, value: change, level: o.value, base: base?.value ?? null, basePeriod: base?.period ?? null};
  });
}
