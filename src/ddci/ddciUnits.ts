import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit} from "../model/unit.ts";

/** Hà Tĩnh's id in data/reference/units.csv. */
export const HA_TINH_ID = "42";

/**
 * The units DDCI scores in `year` ("2021"): Hà Tĩnh's district-level units (huyện, thị xã,
 * thành phố) and provincial departments and agencies (sở, ban, ngành) that existed during it.
 */
export function ddciUnits(units: readonly Unit[], year: string): Unit[] {
  return units.filter(
    (u) => (u.level === "district" || u.level === "department") && u.parentId === HA_TINH_ID && isUnitActiveBetween(u, `${year}-01`, `${year}-12`)
  );
}
