import {areaUnits} from "../../src/model/areaUnits.ts";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import type {Unit} from "../../src/model/unit.ts";
import {createUnitMatcher, type UnitMatch} from "../../src/text/createUnitMatcher.ts";
import type {Reference} from "../reference/loadReference.ts";

/**
 * The communes TTHC reports may name: the area's (data/reference/area.json) and every unit they
 * became (the phường of 2025-01-01, the communes of 2025-07-01).
 */
export function tthcUnits(reference: Pick<Reference, "units" | "lineage" | "area">): Unit[] {
  if (reference.area === null) throw new Error("data/reference/area.json is missing: it names the communes TTHC reports come from");
  const ids = new Set(areaUnits(reference.area, reference.units, reference.lineage).all);
  return reference.units.filter((u) => u.level === "commune" && ids.has(u.id));
}

/** Name matchers over the units that existed in a month, built once per month. */
export function tthcMatchers(reference: Pick<Reference, "units" | "lineage" | "area">): (month: string) => (name: string) => UnitMatch {
  const scoped = tthcUnits(reference);
  const matchers = new Map<string, (name: string) => UnitMatch>();
  return (month) => {
    let matcher = matchers.get(month);
    if (!matcher) matchers.set(month, (matcher = createUnitMatcher(scoped.filter((u) => isUnitActive(u, month)))));
    return matcher;
  };
}
