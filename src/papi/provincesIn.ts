import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit} from "../model/unit.ts";

/** Province-level units (tỉnh, thành phố trực thuộc trung ương) that existed during `year` ("2021"). */
export function provincesIn(units: readonly Unit[], year: string): Unit[] {
  return units.filter((u) => u.level === "province" && isUnitActiveBetween(u, `${year}-01`, `${year}-12`));
}
