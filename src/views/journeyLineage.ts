import {periodRange} from "../period/periodRange.ts";

/**
 * Which units a journey page shows for a period when the URL does not say (the present by
 * default): the successor units ("new") for a period that ends on or after the day they start,
 * the units of the time ("old") for one wholly before it.
 */
export function journeyLineage(period: string, successorsFrom: string): "old" | "new" {
  return periodRange(period).last >= successorsFrom.slice(0, 7) ? "new" : "old";
}
