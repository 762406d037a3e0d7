import type {Unit} from "./unit.ts";

/** Whether `unit` existed at some time from month `first` to month `last` ("YYYY-MM", inclusive): its validity overlaps them. */
export function isUnitActiveBetween(unit: Readonly<Unit>, first: string, last: string): boolean {
  // string comparison on ISO dates: "-31" is after any real day
  return (unit.validFrom === null || unit.validFrom <= `${last}-31`) && (unit.validTo === null || unit.validTo >= `${first}-01`);
}
