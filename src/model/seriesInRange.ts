import type {Grain} from "../period/periodTypes.ts";
import {periodsBetween} from "../period/periodsBetween.ts";
import {periodRange} from "../plan/periodRange.ts";
import type {Observation} from "./observation.ts";
import {rollupObservations} from "./rollupObservations.ts";

export interface RangeOptions {
  /** First and last month of the range, "YYYY-MM", inclusive. */
  readonly from: string;
  readonly to: string;
  readonly grain: Grain;
}

/**
 * Series for a chart or table over a chosen range and grain: monthly observations clipped to
 * `from`..`to`, rolled up to `grain` (rates from summed counts, never averaged; a quarter or
 * year with a month missing, or partly outside the range, is null rather than a sum over fewer
 * months), then a null row for every period with no row at all between a unit's first and last
 * period, so that a line breaks there instead of joining across it.
 */
export function seriesInRange(observations: readonly Observation[], {from, to, grain}: RangeOptions): (Observation & {readonly incomplete: boolean})[] {
  const clipped = observations.filter((o) => o.grain === "month" && o.period >= from && o.period <= to);
  const rolled = rollupObservations(clipped, grain);
  const byKey = new Map<string, (Observation & {incomplete: boolean})[]>();
  for (const o of rolled) {
    const key = `${o.unitId}|${o.indicator}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  const result: (Observation & {incomplete: boolean})[] = [];
  for (const list of byKey.values()) {
    const byPeriod = new Map(list.map((o) => [o.period, o]));
    const periods = [...byPeriod.keys()].sort();
    const first = list[0]!;
    const span = periodsBetween(periodRange(periods[0]!).first, periodRange(periods[periods.length - 1]!).last, grain);
    for (const period of span) {
      result.push(
        byPeriod.get(period) ?? {...first, period, value: null, numerator: null, denominator: null, source: "", incomplete: true}
      );
    }
  }
  return result;
}
