import type {Unit} from "./unit.ts";

/** Whether `unit` existed during month `month` ("YYYY-MM"): its validity overlaps that month. */
export function isUnitActive(unit: Readonly<Unit>, month: string): boolean {
  const first = `${month}-01`;
  const last = `${month}-31`; // string comparison on ISO dates: "-31" is after any real day
  return (unit.validFrom === null || unit.validFrom <= last) && (unit.validTo === null || unit.validTo >= first);
}
