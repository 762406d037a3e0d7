import type {Indicator} from "../model/indicator.ts";
import type {Observation} from "../model/observation.ts";
import {rateFromCounts} from "../rates/rateFromCounts.ts";
import type {TthcCounts} from "./tthcCounts.ts";
import {TTHC_RECIPES, type CountRecipe} from "./tthcRecipes.ts";

export interface CountsRecord {
  readonly unitId: string;
  /** Month "YYYY-MM". */
  readonly month: string;
  /** A field absent from the source (an optional report column) makes the indicators needing it missing. */
  readonly counts: Readonly<Partial<TthcCounts>>;
  readonly source: string;
  readonly sample: boolean;
}

function sumFields(counts: Readonly<Partial<TthcCounts>>, fields: CountRecipe["numerator"]): number | null {
  let total = 0;
  for (const field of fields) {
    const count = counts[field];
    if (count === undefined) return null;
    total += count;
  }
  return total;
}

/** Turns one unit-month of report counts into one observation per indicator (missing where a count it needs is absent, never zero). */
export function observationsFromCounts(record: Readonly<CountsRecord>, indicators: readonly Indicator[]): Observation[] {
  return indicators.map((indicator) => {
    const recipe = TTHC_RECIPES[indicator.id];
    if (recipe === undefined) throw new Error(`observationsFromCounts: no count recipe for the indicator "${indicator.id}" (see TTHC_RECIPES)`);
    const numerator = sumFields(record.counts, recipe.numerator);
    const denominator = recipe.denominator.length > 0 ? sumFields(record.counts, recipe.denominator) : null;
    return {
      unitId: record.unitId,
      indicator: indicator.id,
      period: record.month,
      grain: "month",
      value: recipe.denominator.length > 0 ? rateFromCounts(numerator, denominator) : numerator,
      numerator: denominator === null && recipe.denominator.length > 0 ? null : numerator,
      denominator: numerator === null ? null : denominator,
      source: record.source,
      sample: record.sample
    };
  });
}
