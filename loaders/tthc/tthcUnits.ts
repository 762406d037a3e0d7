import {isUnitActive} from "../../src/model/isUnitActive.ts";
import type {Unit} from "../../src/model/unit.ts";
import {createUnitMatcher, type UnitMatch} from "../../src/text/createUnitMatcher.ts";

/** Lộc Hà's GSO code: the district whose communes this dashboard follows. */
export const DISTRICT_ID = "448";
/** The day districts were abolished and communes merged. */
export const REORGANISATION_DATE = "2025-07-01";

/** The communes TTHC reports may name: Lộc Hà's, and the communes formed from them in 2025. */
export function tthcUnits(units: readonly Unit[]): Unit[] {
  return units.filter(
    (u) => u.level === "commune" && (u.parentId === DISTRICT_ID || (u.validFrom !== null && u.validFrom >= REORGANISATION_DATE))
  );
}

/** Name matchers over the units that existed in a month, built once per month. */
export function tthcMatchers(units: readonly Unit[]): (month: string) => (name: string) => UnitMatch {
  const scoped = tthcUnits(units);
  const matchers = new Map<string, (name: string) => UnitMatch>();
  return (month) => {
    let matcher = matchers.get(month);
    if (!matcher) matchers.set(month, (matcher = createUnitMatcher(scoped.filter((u) => isUnitActive(u, month)))));
    return matcher;
  };
}
