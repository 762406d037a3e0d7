import {monthsBetween} from "./monthsBetween.ts";
import {periodOf} from "./periodOf.ts";
import type {Grain} from "./periodTypes.ts";

/**
 * The periods of `grain` that overlap the months `from`..`to` ("YYYY-MM", inclusive), in
 * order: ("2024-02", "2024-07", "quarter") → 2024-Q1, 2024-Q2, 2024-Q3. Empty when `from` is
 * after `to`. Throws on a malformed month.
 */
export function periodsBetween(from: string, to: string, grain: Grain): string[] {
  return [...new Set(monthsBetween(from, to).map((month) => periodOf(month, grain)))];
}
