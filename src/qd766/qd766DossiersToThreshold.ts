/**
 * How many more dossiers had to pass (be on time, online, …) for the rate to reach the
 * threshold, with the denominator unchanged: the first rung of the target ladder in dossiers.
 * 0 at or above it; null when there is nothing to rate.
 */
export function qd766DossiersToThreshold(numerator: number | null, denominator: number | null, threshold: number): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  // a small epsilon so 0.95 × 100 = 95.00000000000001 needs 95, not 96
  return Math.max(0, Math.ceil(threshold * denominator - numerator - 1e-9));
}
