import {rateFromCounts} from "./rateFromCounts.ts";

/** One row to pool: a unit's month (or any finer row) with its counts; undefined = not reported. */
export interface CountRow {
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface PooledCounts {
  /** Summed numerators, or null when the pool is missing. */
  readonly numerator: number | null;
  /** Summed denominators for a rate, null for a plain count or when the pool is missing. */
  readonly denominator: number | null;
  /** The rate from the sums, or the summed count; null when missing or when the pooled denominator is 0. */
  readonly value: number | null;
  /** Every row was reported with its counts: false means the pool is missing (shown as a gap). */
  readonly complete: boolean;
}

/**
 * The one rule for pooling counts (cộng dồn) over months of a period, units of an area, or both:
 *
 * - A row not reported at all (undefined), or reported without its counts (numerator null, or
 *   denominator null for a rate), makes the pool missing: a sum over fewer rows would look like
 *   a real, smaller number. That is what makes a quarter or a year incomplete.
 * - A row reported with nothing to count (0 of 0 dossiers) is a report: it adds zero and the pool
 *   stays complete. Its own rate is neither 0 nor a gap but "không có hồ sơ" (nothingToCount).
 * - A rate is recomputed from the summed numerator and denominator, never averaged; it is missing
 *   when the pooled denominator is 0. A count (isRate false) is the summed numerator.
 * - No rows at all is missing.
 */
export function poolCounts(rows: readonly (CountRow | undefined)[], isRate: boolean): PooledCounts {
  const missing: PooledCounts = {numerator: null, denominator: null, value: null, complete: false};
  if (rows.length === 0) return missing;
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    if (row === undefined || row.numerator === null || (isRate && row.denominator === null)) return missing;
    numerator += row.numerator;
    if (isRate) denominator += row.denominator!;
  }
  if (!isRate) return {numerator, denominator: null, value: numerator, complete: true};
  return {numerator, denominator, value: rateFromCounts(numerator, denominator), complete: true};
}
