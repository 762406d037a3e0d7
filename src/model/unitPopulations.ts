import type {LineageLink, Unit} from "./unit.ts";

/** Where a unit's inhabitants figure comes from. */
export type PopulationBasis = "census-2019" | "predecessors" | "unknown";

/** A unit's inhabitants (dân số) at the 2019 census. */
export interface UnitPopulation {
  readonly unitId: string;
  /** The whole unit; null when the figure of any part of it is not known. */
  readonly population: number | null;
  /**
   * The part of the unit inside the covered area (the former district): what counts marked
   * partial cover. Null when a covered part has no figure or no part is covered.
   */
  readonly coveredPopulation: number | null;
  /** "census-2019": the unit's own figure; "predecessors": the sum of the units it was formed from. */
  readonly basis: PopulationBasis;
  /** The units whose census figures are (or would be) added up, in lineage order. */
  readonly parts: readonly string[];
}

/**
 * The 2019 census population of every unit: a unit's own figure where the census has one;
 * for a unit formed later (the communes of 2025-07-01) the sum over the units it was formed
 * from, following the lineage back until a unit with a figure. A unit formed partly from
 * units outside `coveredUnits` (the area's units) whose figures are not recorded (Xã Đông Kinh, Phường Trần
 * Phú) has no whole-unit figure, only the covered part's. Nothing is estimated.
 */
export function unitPopulations(units: readonly Unit[], links: readonly LineageLink[], options: {readonly coveredUnits: readonly string[]}): Map<string, UnitPopulation> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const leaves = (id: string, seen: readonly string[]): string[] => {
    if (seen.includes(id)) throw new Error(`lineage for unit ${id} has a cycle`);
    const unit = byId.get(id);
    if (unit === undefined || unit.population2019 !== null) return [id];
    const predecessors = links.filter((l) => l.newId === id && (unit.validFrom === null || l.fromDate === unit.validFrom)).map((l) => l.oldId);
    return predecessors.length === 0 ? [id] : predecessors.flatMap((p) => leaves(p, [...seen, id]));
  };
  const figure = (id: string): number | null => byId.get(id)?.population2019 ?? null;
  const sum = (ids: readonly string[]): number | null =>
    ids.length === 0 || ids.some((id) => figure(id) === null) ? null : ids.reduce((s, id) => s + figure(id)!, 0);
  const coveredIds = new Set(options.coveredUnits);
  const result = new Map<string, UnitPopulation>();
  for (const unit of units) {
    const parts = leaves(unit.id, []);
    const covered = parts.filter((id) => coveredIds.has(id));
    const own = unit.population2019 !== null;
    const population = sum(parts);
    const coveredPopulation = sum(covered);
    result.set(unit.id, {
      unitId: unit.id,
      population,
      coveredPopulation,
      basis: own ? "census-2019" : population !== null || coveredPopulation !== null ? "predecessors" : "unknown",
      parts
    });
  }
  return result;
}
