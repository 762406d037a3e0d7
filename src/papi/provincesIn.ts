import type {Unit} from "../model/unit.ts";

/** Province-level units (tỉnh, thành phố trực thuộc trung ương) that existed during `year` ("2021"). */
export function provincesIn(units: readonly Unit[], year: string): Unit[] {
  return units.filter(
    (u) => u.level === "province" && (u.validFrom === null || u.validFrom <= `${year}-12-31`) && (u.validTo === null || u.validTo >= `${year}-01-01`)
  );
}
