import type {Unit, UnitParent} from "./unit.ts";

/**
 * The parent of `unitId` on `date` (ISO day): the period in `parents` that covers the day, else
 * the unit's own `parentId` from units.csv (units whose parent never changed have no period);
 * null for an unknown unit or one with no parent.
 */
export function parentAt(unitId: string, date: string, units: readonly Unit[], parents: readonly UnitParent[]): string | null {
  const period = parents.find((p) => p.unitId === unitId && (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || p.validTo >= date));
  if (period !== undefined) return period.parentId;
  return units.find((u) => u.id === unitId)?.parentId ?? null;
}
