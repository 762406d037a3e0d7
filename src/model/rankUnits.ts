import type {Observation} from "./observation.ts";

export interface Ranked {
  readonly unitId: string;
  readonly period: string;
  readonly value: number | null;
  /** 1 = best; units tied on value share the rank ("1, 2, 2, 4"); null when the value is missing. */
  readonly rank: number | null;
  /** How many units had a value in that period. */
  readonly of: number;
}

/**
 * Ranks units within each period by one indicator, best first by `better` (xếp hạng): the only
 * ranking in the library, for published tables (PCI ranks computed from totals) and pages alike.
 * A unit without a value (missing, or nothing to count) is not ranked and is listed with rank null.
 */
export function rankUnits(observations: readonly Pick<Observation, "unitId" | "period" | "value">[], better: "higher" | "lower"): Ranked[] {
  const byPeriod = new Map<string, Pick<Observation, "unitId" | "period" | "value">[]>();
  for (const o of observations) {
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  const result: Ranked[] = [];
  for (const [period, list] of byPeriod) {
    const valued = list.filter((o) => o.value !== null).sort((a, b) => (better === "higher" ? b.value! - a.value! : a.value! - b.value!));
    valued.forEach((o, i) => {
      const tiedWithPrevious = i > 0 && valued[i - 1]!.value === o.value;
      const rank = tiedWithPrevious ? result[result.length - 1]!.rank : i + 1;
      result.push({unitId: o.unitId, period, value: o.value, rank, of: valued.length});
    });
    for (const o of list) if (o.value === null) result.push({unitId: o.unitId, period, value: null, rank: null, of: valued.length});
  }
  return result;
}
