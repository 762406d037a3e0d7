import {isUnitActive} from "../model/isUnitActive.ts";
import type {Unit} from "../model/unit.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {rateFromCounts} from "../rates/rateFromCounts.ts";
import type {DossierJourney} from "../tthc/dossierJourney.ts";
import {journeysBetween} from "../tthc/journeysBetween.ts";
import {JOURNEY_MEASURES, type JourneyShare} from "../tthc/journeyMeasures.ts";
import type {JourneyKind} from "../tthc/journeySteps.ts";
import {sumJourneys} from "../tthc/sumJourneys.ts";
import type {PublishedCounts} from "../tthc/tthcCounts.ts";

/** One point of a monthly share: a unit (or "total") in a month; value null where the month is missing (a gap, not joined). */
export interface JourneyTrendPoint {
  readonly unitId: string;
  readonly period: string;
  readonly measure: JourneyShare["key"];
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface JourneyTrend {
  readonly points: readonly JourneyTrendPoint[];
  /** Monthly journeys behind the points (the CSV and table rows): picked units, then the total. */
  readonly journeys: readonly DossierJourney[];
  /** Per measure, the top of a y axis that fits the values (zero-based): the largest value plus a margin, at most 100%. */
  readonly yMax: Readonly<Record<string, number>>;
}

/**
 * The monthly shares of a journey page's trend chart (online and fully online; or submitted
 * and returned by post), from the published counts: one series per picked unit, and the total
 * of the view's units that existed each month (missing for a month any of them did not report).
 * The y axis fits the data: a series of 2-15% gets an axis to about 16%, never 0-100%.
 */
export function journeyTrend(input: {
  readonly kind: JourneyKind;
  readonly counts: readonly PublishedCounts[];
  readonly picked: readonly string[];
  /** The units of the view; the total adds those active each month (every one in the lineage view). */
  readonly unitIds: readonly string[];
  readonly units: readonly Unit[];
  readonly lineage: "old" | "new";
  readonly from: string;
  readonly to: string;
}): JourneyTrend {
  const shares = JOURNEY_MEASURES[input.kind].shares.filter((s) => JOURNEY_MEASURES[input.kind].trend.includes(s.key));
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const journeys: DossierJourney[] = [];
  const totals: DossierJourney[] = [];
  for (const month of monthsBetween(input.from, input.to)) {
    const as = {period: month, grain: "month" as const};
    const active = input.lineage === "new" ? input.unitIds : input.unitIds.filter((id) => byId.has(id) && isUnitActive(byId.get(id)!, month));
    const own = journeysBetween(input.counts, month, month, input.picked, as).filter((j) => j.receivedTotal !== null || active.includes(j.unitId));
    journeys.push(...own);
    totals.push(sumJourneys(journeysBetween(input.counts, month, month, active, as), {unitId: "total", ...as}));
  }
  const all = [...journeys, ...totals];
  const points = all.flatMap((j) =>
    shares.map((s) => ({unitId: j.unitId, period: j.period, measure: s.key, value: rateFromCounts(j[s.numerator], j[s.denominator]), numerator: j[s.numerator], denominator: j[s.denominator]}))
  );
  const yMax = Object.fromEntries(
    shares.map((s) => {
      const top = Math.max(0, ...points.filter((p) => p.measure === s.key && p.value !== null).map((p) => p.value!));
      return [s.key, top === 0 ? 1 : Math.min(1, Math.ceil(top * 1.1 * 20) / 20)];
    })
  );
  return {points, journeys: all, yMax};
}
