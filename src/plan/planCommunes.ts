import {lineageClosure} from "../model/lineageClosure.ts";
import type {LineageLink, Unit} from "../model/unit.ts";

/**
 * The communes that owe a plan's per-commune duties: those of the plan's district, and those
 * formed from them (following lineage, e.g. the five communes of 2025-07-01). Each owes only
 * the periods in which it existed; see dutyProgress. In the order of `units`.
 */
export function planCommunes(districtId: string, units: readonly Unit[], lineage: readonly LineageLink[]): Unit[] {
  const ids = lineageClosure(units.filter((u) => u.level === "commune" && u.parentId === districtId).map((u) => u.id), lineage);
  return units.filter((u) => u.level === "commune" && ids.has(u.id));
}
