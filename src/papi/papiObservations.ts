import type {Observation} from "../model/observation.ts";
import {PAPI_CRITERIA, PAPI_SUBCRITERIA, papiIndicatorId} from "../model/papiIndicators.ts";
import type {PapiScore} from "./parsePapiLong.ts";

const CRITERION_OF = new Map(PAPI_SUBCRITERIA.map((s) => [s.code, s.criterion]));
// Sums of 3-4 published scores: keep 9 decimals so float noise (…0000001) does not show.
const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Observations from PAPI scores: each sub-dimension as published; each dimension as PAPI
 * defines it, the sum of its sub-dimensions; the total, the sum of the dimensions. A year's
 * sub-dimensions and dimensions are those the file publishes for any province that year (e.g.
 * no environmental or e-governance dimension before 2018, no construction permits from 2021);
 * a province missing one of them gets no dimension (or total) that year rather than a partial
 * sum.
 */
export function papiObservations(scores: readonly PapiScore[], source: string): Observation[] {
  const observation = (unitId: string, year: string, indicator: string, value: number): Observation => ({
    unitId,
    indicator,
    period: year,
    grain: "year",
    value,
    numerator: null,
    denominator: null,
    source,
    sample: false
  });
  const publishedCodes = new Map<string, Set<string>>();
  const byUnitYear = new Map<string, Map<string, number>>();
  for (const s of scores) {
    (publishedCodes.get(s.year) ?? publishedCodes.set(s.year, new Set()).get(s.year)!).add(s.code);
    const key = `${s.unitId}|${s.year}`;
    (byUnitYear.get(key) ?? byUnitYear.set(key, new Map()).get(key)!).set(s.code, s.score);
  }
  const observations = scores.map((s) => observation(s.unitId, s.year, papiIndicatorId(s.code), s.score));
  for (const [key, unitScores] of byUnitYear) {
    const [unitId, year] = key.split("|") as [string, string];
    const published = [...publishedCodes.get(year)!];
    let total = 0;
    let complete = true;
    for (const {code: criterion} of PAPI_CRITERIA) {
      const subs = published.filter((code) => CRITERION_OF.get(code) === criterion);
      if (subs.length === 0) continue; // dimension not published that year
      if (!subs.every((code) => unitScores.has(code))) {
        complete = false;
        continue;
      }
      const sum = round9(subs.reduce((s, code) => s + unitScores.get(code)!, 0));
      observations.push(observation(unitId, year, papiIndicatorId(criterion), sum));
      total += sum;
    }
    if (complete) observations.push(observation(unitId, year, "papi_total", round9(total)));
  }
  return observations;
}
