import {compareUnitNames} from "../model/compareUnitNames.ts";
import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit} from "../model/unit.ts";
import {grainOf} from "../period/grainOf.ts";
import {periodRange} from "../period/periodRange.ts";
import {rateFromCounts} from "../rates/rateFromCounts.ts";
import type {DossierJourney} from "../tthc/dossierJourney.ts";
import {journeysBetween} from "../tthc/journeysBetween.ts";
import {JOURNEY_MEASURES, type JourneyShare} from "../tthc/journeyMeasures.ts";
import {journeySteps, type JourneyKind, type JourneyStep} from "../tthc/journeySteps.ts";
import {sumJourneys} from "../tthc/sumJourneys.ts";
import type {PublishedCounts} from "../tthc/tthcCounts.ts";

/** A row of the journey table: a unit's (or the total's) journey with its shares, and whether it covers only part of the unit. */
export type JourneyRow = DossierJourney & {readonly shares: Readonly<Record<JourneyShare["key"], number | null>>};

export interface JourneyView {
  /** Units expected to report in the period, by name; a unit with no report has null counts (shown "–"). */
  readonly rows: readonly JourneyRow[];
  /** The rows added up ("total"): missing when any unit misses a count. */
  readonly total: JourneyRow;
  /** The funnel of the total. */
  readonly steps: readonly JourneyStep[];
  /** Year to date (lũy kế từ đầu năm): January of the period's year to its last month, for the same units. */
  readonly yearToDate: {readonly from: string; readonly to: string; readonly total: JourneyRow};
  /** The old view's period spans the reorganisation: old and new units each miss months. */
  readonly straddles: boolean;
  /** Why nothing can be shown, or null: "noUnits" (no unit in the period), "noReports" (no unit reported in it). */
  readonly empty: "noUnits" | "noReports" | null;
}

/**
 * What a journey page (/online-services, /postal) shows for one period, from the published
 * monthly counts of the chosen lineage view: one row per unit expected in the period (in the
 * old view, units that existed during it; in the new one, every successor), their total, the
 * total's funnel and the year-to-date total. Shares come from summed counts, never averaged.
 */
export function journeyView(input: {
  readonly kind: JourneyKind;
  readonly counts: readonly PublishedCounts[];
  readonly period: string;
  /** The units of the view (those in `counts`). */
  readonly unitIds: readonly string[];
  readonly units: readonly Unit[];
  readonly lineage: "old" | "new";
  /** First day of the successor units ("2025-07-01"). */
  readonly successorsFrom: string;
  readonly unitName: (id: string) => string;
}): JourneyView {
  const {kind, counts, period, lineage} = input;
  const grain = grainOf(period);
  if (grain === null) throw new Error(`Unknown period ${JSON.stringify(period)}`);
  const {first, last} = periodRange(period);
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const expected = lineage === "new" ? [...input.unitIds] : input.unitIds.filter((id) => byId.has(id) && isUnitActiveBetween(byId.get(id)!, first, last));
  const withShares = (j: DossierJourney): JourneyRow => ({
    ...j,
    shares: Object.fromEntries(JOURNEY_MEASURES[kind].shares.map((s) => [s.key, rateFromCounts(j[s.numerator], j[s.denominator])])) as JourneyRow["shares"]
  });
  const journeys = journeysBetween(counts, first, last, expected, {period, grain}).sort((a, b) => compareUnitNames(input.unitName(a.unitId), input.unitName(b.unitId)));
  const total = withShares(sumJourneys(journeys, {unitId: "total", period, grain}));
  const yearStart = `${last.slice(0, 4)}-01`;
  const ytdUnits = lineage === "new" ? expected : input.unitIds.filter((id) => byId.has(id) && isUnitActiveBetween(byId.get(id)!, yearStart, last));
  const ytd = sumJourneys(journeysBetween(counts, yearStart, last, ytdUnits, {period: `${yearStart}..${last}`, grain: "month"}), {unitId: "total", period: `${yearStart}..${last}`, grain: "month"});
  const reorganised = input.successorsFrom.slice(0, 7);
  return {
    rows: journeys.map(withShares),
    total,
    steps: journeySteps(total, kind),
    yearToDate: {from: yearStart, to: last, total: withShares(ytd)},
    straddles: lineage === "old" && first < reorganised && last >= reorganised,
    empty: expected.length === 0 ? "noUnits" : journeys.every((j) => j.receivedTotal === null) ? "noReports" : null
  };
}
