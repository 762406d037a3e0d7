import type {Area} from "./area.ts";
import {lineageClosure} from "./lineageClosure.ts";
import type {LineageLink, Unit} from "./unit.ts";

/** The units of an area, by view. */
export interface AreaUnits {
  /** Every unit the area ever held: its communes and all they became. */
  readonly all: readonly string[];
  /** Units that existed before the successors (the old view: the 12 communes, and 2025's phường). */
  readonly old: readonly string[];
  /** The successor communes (from `area.successorsFrom`). */
  readonly new: readonly string[];
  /** The old units that still existed the day before the successors: those merged into them (Lộc Hà's 12). */
  readonly lastOld: readonly string[];
}

/**
 * The area's units: its listed communes and, following the lineage forward, every unit they
 * became (a unit formed partly from outside the area, such as Phường Trần Phú, belongs to it too).
 * Units are in units.csv order.
 */
export function areaUnits(area: Readonly<Area>, units: readonly Unit[], links: readonly LineageLink[]): AreaUnits {
  const reached = lineageClosure(area.communes, links);
  const all = units.filter((u) => reached.has(u.id));
  const isNew = (u: Unit): boolean => u.validFrom !== null && u.validFrom >= area.successorsFrom;
  const old = all.filter((u) => !isNew(u));
  // the day before: validTo is inclusive, so a unit ending the day before the successors lasted to the end
  const dayBefore = new Date(Date.parse(`${area.successorsFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return {
    all: all.map((u) => u.id),
    old: old.map((u) => u.id),
    new: all.filter(isNew).map((u) => u.id),
    lastOld: old.filter((u) => u.validTo === null || u.validTo >= dayBefore).map((u) => u.id)
  };
}
