import type {Grain} from "../period/periodTypes.ts";
import type {Observation} from "./observation.ts";
import {rollupObservations} from "./rollupObservations.ts";
import {withGaps} from "./withGaps.ts";

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
 * months), then withGaps' null row (flagged incomplete) for every period with no row at all
 * between a unit's first and last period, so that a line breaks there instead of joining across it.
 */
export function seriesInRange(observations: readonly Observation[], {from, to, grain}: RangeOptions): (Observation & {readonly incomplete: boolean})[] {
  const clipped = observations.filter((o) => o.grain === "month" && o.period >= from && o.period <= to);
  return withGaps(rollupObservations(clipped, grain)).map((o) => ("gap" in o ? {...o, incomplete: true} : o));
}
