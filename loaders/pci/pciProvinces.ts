import type {Unit} from "../../src/model/unit.ts";
import {provincesIn} from "../../src/papi/provincesIn.ts";
import type {UnitMatch} from "../../src/text/createUnitMatcher.ts";
import {createProvinceMatcher} from "../../src/text/createProvinceMatcher.ts";

export interface PciProvinces {
  /** Provinces that existed at some time in `year` (64 until 2008, with Hà Tây; 63 after). */
  active(year: string): readonly Unit[];
  /** Matches a province name as written in PCI files against the provinces of `year`. */
  matcher(year: string): (name: string) => UnitMatch;
}

/**
 * The provinces (tỉnh, thành phố) PCI and PAPI files may name, per year: a name is matched only
 * against provinces that existed that year, so "Hà Tây" is accepted in 2008 and refused in
 * 2009. Only province-level units take part (createProvinceMatcher), so "Hà Tĩnh" is the
 * province and "Thành phố Hà Tĩnh", the city, is refused with a message saying so.
 */
export function pciProvinces(units: readonly Unit[]): PciProvinces {
  const active = new Map<string, readonly Unit[]>();
  const matchers = new Map<string, (name: string) => UnitMatch>();
  const activeIn = (year: string): readonly Unit[] => {
    let list = active.get(year);
    if (list === undefined) {
      list = provincesIn(units, year);
      active.set(year, list);
    }
    return list;
  };
  return {
    active: activeIn,
    matcher(year) {
      let matcher = matchers.get(year);
      if (matcher === undefined) matchers.set(year, (matcher = createProvinceMatcher(units, year)));
      return matcher;
    }
  };
}
