import type {Observation} from "../model/observation.ts";
import {PLAN_TARGET_INDICATOR} from "./planIndicators.ts";
import type {PlanMeasurement} from "./planTypes.ts";

/**
 * The plan's target observations (indicator plan_target, item = measure, period = quarter) as
 * measurements for targetAttainment; other observations and rows without counts are skipped.
 * Accepts Arrow rows, whose absent item is null.
 */
export function measurementsFromObservations(
  observations: Iterable<Pick<Observation, "unitId" | "indicator" | "period" | "grain" | "numerator" | "denominator"> & {readonly item?: string | null}>
): PlanMeasurement[] {
  const measurements: PlanMeasurement[] = [];
  for (const o of observations) {
    if (o.indicator !== PLAN_TARGET_INDICATOR || o.grain !== "quarter" || o.item === undefined || o.item === null) continue;
    if (o.numerator === null || o.denominator === null) continue;
    measurements.push({unitId: o.unitId, measure: o.item, quarter: o.period, numerator: o.numerator, denominator: o.denominator});
  }
  return measurements;
}
