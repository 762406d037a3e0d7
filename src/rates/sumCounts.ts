import {rateFromCounts} from "./rateFromCounts.ts";

export interface Counted {
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/**
 * Sums numerators and denominators across rows (e.g. communes of the district, months of a
 * quarter) and recomputes the rate from the sums; rates are never averaged.
 *
 * If any row lacks a numerator or a denominator the whole result is null: a partial sum would
 * look like a real, smaller number. An empty list is null too.
 */
export function sumCounts(rows: readonly Counted[]): {numerator: number | null; denominator: number | null; value: number | null} {
  const missing = {numerator: null, denominator: null, value: null};
  if (rows.length === 0) return missing;
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    if (row.numerator === null || row.denominator === null) return missing;
    numerator += row.numerator;
    denominator += row.denominator;
  }
  return {numerator, denominator, value: rateFromCounts(numerator, denominator)};
}
