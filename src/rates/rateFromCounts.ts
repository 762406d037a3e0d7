/**
 * A rate (tỷ lệ) from its counts: numerator / denominator, as a share 0..1 for shares.
 * Null, never 0 or NaN, when either count is missing or the denominator is 0 (nothing to rate),
 * and when either count is not finite.
 */
export function rateFromCounts(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  return numerator / denominator;
}
