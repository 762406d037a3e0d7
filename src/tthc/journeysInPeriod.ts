import {grainOf} from "../period/grainOf.ts";
import {periodRange} from "../period/periodRange.ts";
import type {DossierJourney} from "./dossierJourney.ts";
import {journeysBetween} from "./journeysBetween.ts";
import type {PublishedCounts} from "./tthcCounts.ts";

/**
 * One journey per unit of `unitIds` for `period` (a month, quarter, half or year), from the
 * published monthly counts: counts summed over the period's months; a unit missing a month, or
 * with no report at all in the period, has null counts, so it shows as missing rather than
 * disappearing from a table and its total. In `unitIds` order.
 */
export function journeysInPeriod(counts: readonly PublishedCounts[], period: string, unitIds: readonly string[]): DossierJourney[] {
  const grain = grainOf(period);
  if (grain === null) throw new Error(`Unknown period ${JSON.stringify(period)}: expected "YYYY-MM", "YYYY-Qn", "YYYY-Hn" or "YYYY"`);
  const {first, last} = periodRange(period);
  return journeysBetween(counts, first, last, unitIds, {period, grain});
}
