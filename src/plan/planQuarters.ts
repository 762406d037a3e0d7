import {periodsBetween} from "../period/periodsBetween.ts";
import type {Plan} from "./planTypes.ts";

/**
 * The quarters of a plan ("2024-Q1" …) known as of `asOf` ("YYYY-MM-DD"): up to the quarter of
 * that date, since reports count from the period they are dated in (as activities count from
 * their month). Empty before the plan starts.
 */
export function planQuarters(plan: Pick<Plan, "from" | "to">, asOf: string): string[] {
  const asOfMonth = asOf.slice(0, 7);
  const last = asOfMonth < plan.to ? asOfMonth : plan.to;
  return periodsBetween(plan.from, last, "quarter");
}
