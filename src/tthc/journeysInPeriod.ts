import type {Observation} from "../model/observation.ts";
import {rollupObservations} from "../model/rollupObservations.ts";
import {periodRange} from "../period/periodRange.ts";
import {grainOf} from "../period/grainOf.ts";
import {journeyFromObservations, type DossierJourney} from "./journeyFromObservations.ts";
import {sumJourneys} from "./sumJourneys.ts";

/**
 * One journey per unit of `unitIds` for `period` (a month, quarter, half or year), from
 * monthly observations: counts summed over the period's months (a unit missing a month has
 * null counts), and a unit with no observation at all in the period gets null counts too, so
 * it shows as missing rather than disappearing from a table and its total. In `unitIds` order.
 */
export function journeysInPeriod(monthly: readonly Observation[], period: string, unitIds: readonly string[]): DossierJourney[] {
  const grain = grainOf(period);
  if (grain === null) throw new Error(`Unknown period ${JSON.stringify(period)}: expected "YYYY-MM", "YYYY-Qn", "YYYY-Hn" or "YYYY"`);
  const {first, last} = periodRange(period);
  const wanted = new Set(unitIds);
  const inPeriod = monthly.filter((o) => o.grain === "month" && o.period >= first && o.period <= last && wanted.has(o.unitId));
  const found = new Map(journeyFromObservations(rollupObservations(inPeriod, grain)).map((j) => [j.unitId, j]));
  return unitIds.map((unitId) => found.get(unitId) ?? sumJourneys([], {unitId, period, grain}));
}
