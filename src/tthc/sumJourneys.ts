import type {Grain} from "../period/periodTypes.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {DossierJourney} from "./dossierJourney.ts";

const COUNTS = ["receivedTotal", "receivedOnline", "receivedFullyOnline", "receivedPostal", "resolved", "resolvedOnTime", "resolvedLate", "returnedPostal"] as const;

/**
 * The journeys of several units added up into one (e.g. the district total of a period's
 * table). A count missing for any unit is missing in the total: a sum over fewer units would
 * look like a real, smaller number. An empty list gives every count null, which is also how a
 * unit with no report at all in the period is shown.
 */
export function sumJourneys(journeys: readonly DossierJourney[], as: {readonly unitId: string; readonly period: string; readonly grain: Grain}): DossierJourney {
  const total = (field: (typeof COUNTS)[number]): number | null => poolCounts(journeys.map((j) => ({numerator: j[field], denominator: null})), false).numerator;
  const sums = Object.fromEntries(COUNTS.map((field) => [field, total(field)])) as Record<(typeof COUNTS)[number], number | null>;
  return {
    unitId: as.unitId,
    period: as.period,
    grain: as.grain,
    ...sums,
    sample: journeys.some((j) => j.sample),
    source: [...new Set(journeys.flatMap((j) => j.source.split("; ")).filter((s) => s !== ""))].sort().join("; "),
    partial: journeys.some((j) => j.partial)
  };
}
