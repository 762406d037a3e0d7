import type {Observation} from "../model/observation.ts";
import {activityIndicatorId} from "./planIndicators.ts";
import type {PlanActivity, ProductType} from "./planTypes.ts";
import {PRODUCT_TYPES} from "./productTypes.ts";

const TYPE_BY_INDICATOR = new Map<string, ProductType>(PRODUCT_TYPES.map((t) => [activityIndicatorId(t.id), t.id]));

/**
 * The plan's activity observations (indicator plan_activity_<type>, item = task item, period =
 * month) as activities for taskProgress and friends; other observations and missing values are
 * skipped. Accepts Arrow rows, whose absent item is null.
 */
export function activitiesFromObservations(observations: Iterable<Pick<Observation, "unitId" | "indicator" | "period" | "grain" | "value"> & {readonly item?: string | null}>): PlanActivity[] {
  const activities: PlanActivity[] = [];
  for (const o of observations) {
    const productType = TYPE_BY_INDICATOR.get(o.indicator);
    if (productType === undefined || o.grain !== "month" || o.value === null || o.item === undefined || o.item === null) continue;
    activities.push({unitId: o.unitId, item: o.item, productType, month: o.period, count: o.value});
  }
  return activities;
}
