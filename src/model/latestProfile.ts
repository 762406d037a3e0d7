import type {Observation} from "./observation.ts";

/** One indicator of a unit's profile: its value in the latest year and in the year before. */
export interface ProfileRow {
  readonly indicator: string;
  readonly value: number | null;
  readonly previous: number | null;
  /** Whether either value shown is generated sample data. */
  readonly sample: boolean;
}

export interface LatestProfile {
  readonly unitId: string;
  /** The latest year in which the unit has a value for any of the indicators. */
  readonly period: string;
  /** The latest year before it with any value, or null when there is none. */
  readonly previousPeriod: string | null;
  /** One row per indicator, in the order given. */
  readonly rows: readonly ProfileRow[];
}

/**
 * A unit's latest yearly profile over a set of indicators (e.g. the ten PCI sub-indices): the
 * latest year with any of them and the latest earlier year with any, so a year whose total is
 * not published still counts when its sub-indices are. Null when the unit has none.
 */
export function latestProfile(
  observations: readonly Observation[],
  {unitId, indicators}: {readonly unitId: string; readonly indicators: readonly string[]}
): LatestProfile | null {
  const wanted = new Set(indicators);
  const mine = observations.filter((o) => o.unitId === unitId && o.grain === "year" && wanted.has(o.indicator) && o.value !== null);
  const years = [...new Set(mine.map((o) => o.period))].sort();
  const period = years[years.length - 1];
  if (period === undefined) return null;
  const previousPeriod = years[years.length - 2] ?? null;
  const at = new Map(mine.map((o) => [`${o.indicator}|${o.period}`, o]));
  const rows = indicators.map((indicator) => {
    const now = at.get(`${indicator}|${period}`);
    const before = previousPeriod === null ? undefined : at.get(`${indicator}|${previousPeriod}`);
    return {indicator, value: now?.value ?? null, previous: before?.value ?? null, sample: (now?.sample ?? false) || (before?.sample ?? false)};
  });
  return {unitId, period, previousPeriod, rows};
}
