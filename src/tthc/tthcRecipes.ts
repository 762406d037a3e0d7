import type {TthcCountField} from "./tthcCounts.ts";

/** Which report counts are summed into an indicator's numerator and denominator (empty for a plain count). */
export interface CountRecipe {
  readonly numerator: readonly TthcCountField[];
  readonly denominator: readonly TthcCountField[];
}

/**
 * How each TTHC indicator is made from the counts of the monthly reports (công thức tính).
 * Kept here, with the counts, rather than on the general Indicator: PCI, DDCI, PAPI and plan
 * indicators are published scores and have no recipe.
 */
export const TTHC_RECIPES: Readonly<Record<string, CountRecipe>> = {
  online_share: {numerator: ["receivedOnline"], denominator: ["receivedTotal"]},
  fully_online_share: {numerator: ["receivedFullyOnline"], denominator: ["receivedTotal"]},
  on_time_share: {numerator: ["resolvedOnTime"], denominator: ["resolvedOnTime", "resolvedLate"]},
  postal_submission_share: {numerator: ["receivedPostal"], denominator: ["receivedTotal"]},
  postal_return_share: {numerator: ["returnedPostal"], denominator: ["resolvedOnTime", "resolvedLate"]},
  received_total: {numerator: ["receivedTotal"], denominator: []}
};
