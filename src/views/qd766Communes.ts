import type {Unit} from "../model/unit.ts";

/** What the QĐ 766 views read of an observation. */
export interface Qd766Observation {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
  readonly value: number | null;
  readonly sample: boolean;
  readonly source: string;
}

/**
 * The communes the published QĐ 766 tables score (units of the area at commune level; the
 * province row only carries the table's best), those scored most recently first, then by id.
 */
export function qd766Communes(observations: readonly Qd766Observation[], units: readonly Unit[]): string[] {
  const level = new Map(units.map((u) => [u.id, u.level]));
  const latest = new Map<string, string>();
  for (const o of observations) {
    if (o.indicator !== "qd766_total" || level.get(o.unitId) !== "commune") continue;
    if ((latest.get(o.unitId) ?? "") < o.period) latest.set(o.unitId, o.period);
  }
  return [...latest.keys()].sort((a, b) => latest.get(b)!.localeCompare(latest.get(a)!) || a.localeCompare(b));
}
