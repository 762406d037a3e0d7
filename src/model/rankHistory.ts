import type {Observation} from "./observation.ts";
import {rankUnits} from "./rankUnits.ts";

/** A unit's value and rank among its peers in one period. */
export interface RankPoint {
  readonly period: string;
  readonly value: number | null;
  /** 1 = best; null when the unit has no value that period. */
  readonly rank: number | null;
  /** How many peers had a value that period. */
  readonly of: number;
  readonly sample: boolean;
  readonly source: string;
}

/**
 * A unit's value and rank among `peers` (which should include it) for one indicator, in
 * every period any peer has a value, oldest first. Ties share a rank ("1, 2, 2, 4").
 */
export function rankHistory(
  observations: readonly Observation[],
  {unitId, peers, indicator, better}: {readonly unitId: string; readonly peers: readonly string[]; readonly indicator: string; readonly better: "higher" | "lower"}
): RankPoint[] {
  const group = new Set(peers);
  const rows = observations.filter((o) => o.indicator === indicator && group.has(o.unitId));
  const own = new Map(rows.filter((o) => o.unitId === unitId).map((o) => [o.period, o]));
  const ranked = rankUnits(rows, better);
  const periods = [...new Set(ranked.filter((r) => r.value !== null).map((r) => r.period))].sort();
  return periods.map((period) => {
    const mine = ranked.find((r) => r.period === period && r.unitId === unitId);
    const of = ranked.find((r) => r.period === period)?.of ?? 0;
    const o = own.get(period);
    return {period, value: mine?.value ?? null, rank: mine?.rank ?? null, of, sample: o?.sample ?? false, source: o?.source ?? ""};
  });
}
