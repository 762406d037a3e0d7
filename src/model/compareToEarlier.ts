import type {Observation} from "./observation.ts";

export interface Comparison {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
  readonly value: number | null;
  /** The period just before (same grain), its value and the change. */
  readonly previousPeriod: string;
  readonly previous: number | null;
  readonly changeFromPrevious: number | null;
  /** The same period a year earlier. */
  readonly yearAgoPeriod: string;
  readonly yearAgo: number | null;
  readonly changeFromYearAgo: number | null;
}

/** The period before `period` and the same period a year earlier, for any grain. */
export function earlierPeriods(period: string): {previous: string; yearAgo: string} {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(4);
  const yearAgo = `${year - 1}${rest}`;
  if (rest === "") return {previous: String(year - 1), yearAgo};
  const m = /^-(Q|H)?(\d{1,2})$/.exec(rest);
  if (m === null) throw new Error(`Malformed period ${JSON.stringify(period)}`);
  const [kind, n] = [m[1] ?? "", Number(m[2])];
  const count = kind === "Q" ? 4 : kind === "H" ? 2 : 12;
  const pad = (x: number): string => (kind === "" ? String(x).padStart(2, "0") : String(x));
  const previous = n > 1 ? `${year}-${kind}${pad(n - 1)}` : `${year - 1}-${kind}${pad(count)}`;
  return {previous, yearAgo};
}

/**
 * Each unit's value in `period` next to the previous period and the same period last year,
 * with the changes (null when either side is missing: no change is invented).
 */
export function compareToEarlier(observations: readonly Observation[], period: string): Comparison[] {
  const {previous, yearAgo} = earlierPeriods(period);
  const value = new Map(observations.map((o) => [`${o.unitId}|${o.indicator}|${o.period}`, o.value]));
  const diff = (a: number | null | undefined, b: number | null | undefined): number | null => (a == null || b == null ? null : a - b);
  return observations
    .filter((o) => o.period === period)
    .map((o) => {
      const before = value.get(`${o.unitId}|${o.indicator}|${previous}`) ?? null;
      const lastYear = value.get(`${o.unitId}|${o.indicator}|${yearAgo}`) ?? null;
      return {
        unitId: o.unitId,
        indicator: o.indicator,
        period,
        value: o.value,
        previousPeriod: previous,
        previous: before,
        changeFromPrevious: diff(o.value, before),
        yearAgoPeriod: yearAgo,
        yearAgo: lastYear,
        changeFromYearAgo: diff(o.value, lastYear)
      };
    });
}
