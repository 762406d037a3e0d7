import {addMonths} from "../period/addMonths.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {Indicator} from "./indicator.ts";
import type {Observation} from "./observation.ts";
import {rankUnits} from "./rankUnits.ts";

/** Where a unit stands on one indicator among its peers: top third, bottom third, in between, or not ranked. */
export type Standing = "strength" | "weakness" | "middle" | "unranked";

export interface IndicatorStanding {
  readonly indicator: string;
  /** The unit's value pooled over the window (rates from summed counts), or null when a month is missing. */
  readonly value: number | null;
  /** 1 = best; units tied share a rank; null when not ranked. */
  readonly rank: number | null;
  /** How many units were ranked (those with every month of the window). */
  readonly of: number;
  readonly standing: Standing;
}

export interface StrengthsAndWeaknesses {
  /** First and last month of the window, or null when the unit has no data. */
  readonly from: string | null;
  readonly to: string | null;
  /** Top third (điểm mạnh), best rank first. */
  readonly strengths: readonly IndicatorStanding[];
  /** Bottom third (điểm yếu), worst rank first. */
  readonly weaknesses: readonly IndicatorStanding[];
  /** Every indicator given, in the order given. */
  readonly all: readonly IndicatorStanding[];
}

/**
 * A unit's strengths and weaknesses (điểm mạnh, điểm yếu): the indicators on which it ranks in
 * the top or bottom third of the units reporting in its latest `months` months (default 12,
 * ending with the last month the unit has data). Each unit's value is pooled over the window —
 * rates from summed numerators and denominators, counts summed — and only units with every
 * month of the window present are ranked: a value over fewer months would not compare. Top
 * third means at most a third of the ranked units are ahead of it (rank ≤ n/3); bottom third
 * the same counted from the worst end; with fewer than three units ranked nobody is in either.
 * `observations` are the monthly rows of the unit and its peers.
 */
export function strengthsAndWeaknesses(
  observations: readonly Observation[],
  unitId: string,
  indicators: readonly Pick<Indicator, "id" | "better">[],
  options: {readonly months?: number} = {}
): StrengthsAndWeaknesses {
  const months = Math.max(1, Math.round(options.months ?? 12));
  const own = observations.filter((o) => o.unitId === unitId && o.grain === "month");
  if (own.length === 0) {
    const all = indicators.map((i) => ({indicator: i.id, value: null, rank: null, of: 0, standing: "unranked" as const}));
    return {from: null, to: null, strengths: [], weaknesses: [], all};
  }
  const to = own.reduce((last, o) => (o.period > last ? o.period : last), own[0]!.period);
  const window = monthsBetween(addMonths(to, 1 - months), to);
  const from = window[0]!;
  const inWindow = new Set(window);

  const all = indicators.map((indicator): IndicatorStanding => {
    const byUnit = new Map<string, Observation[]>();
    for (const o of observations) {
      if (o.indicator !== indicator.id || o.grain !== "month" || !inWindow.has(o.period)) continue;
      const list = byUnit.get(o.unitId);
      if (list) list.push(o);
      else byUnit.set(o.unitId, [o]);
    }
    const pooled = new Map<string, number | null>();
    for (const [id, list] of byUnit) pooled.set(id, pool(list, window));
    const rows = [...pooled].map(([id, value]) => ({unitId: id, period: to, value}));
    const worse = indicator.better === "higher" ? "lower" : "higher";
    const own = rankUnits(rows, indicator.better).find((r) => r.unitId === unitId);
    const n = own?.of ?? rows.filter((r) => r.value !== null).length;
    const value = pooled.get(unitId) ?? null;
    if (value === null || own?.rank == null) return {indicator: indicator.id, value, rank: null, of: n, standing: "unranked"};
    const rank = own.rank;
    const rankFromBottom = rankUnits(rows, worse).find((r) => r.unitId === unitId)!.rank!;
    const standing: Standing = n < 3 ? "middle" : rank <= n / 3 ? "strength" : rankFromBottom <= n / 3 ? "weakness" : "middle";
    return {indicator: indicator.id, value, rank, of: n, standing};
  });
  return {
    from,
    to,
    strengths: all.filter((s) => s.standing === "strength").sort((a, b) => a.rank! - b.rank!),
    weaknesses: all.filter((s) => s.standing === "weakness").sort((a, b) => b.rank! - a.rank!),
    all
  };
}

/** A unit's value over the window by poolCounts' rule: null unless every month was reported with its counts. */
function pool(list: readonly Observation[], window: readonly string[]): number | null {
  const byMonth = new Map(list.map((o) => [o.period, o]));
  const rows = window.map((m) => byMonth.get(m));
  return poolCounts(rows, isRateRows(rows)).value;
}
