import {isUnitActiveBetween} from "./isUnitActiveBetween.ts";
import type {Unit} from "./unit.ts";

/** Whether `unit` existed during month `month` ("YYYY-MM"): its validity overlaps that month. */
export function isUnitActive(unit: Readonly<Unit>, month: string): boolean {
  return isUnitActiveBetween(unit, month, month);
}
