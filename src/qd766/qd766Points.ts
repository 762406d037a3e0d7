/**
 * Points an indicator earns (QĐ 766/QĐ-TTg): full points at or above the threshold rate, in
 * proportion below it. A missing rate (no dossiers, or not reported) earns no points and loses
 * none: null, never 0.
 */
export function qd766Points(rate: number | null, threshold: number, maxPoints: number): number | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  if (!(threshold > 0)) throw new RangeError(`threshold must be above 0, got ${threshold}`);
  if (rate >= threshold) return maxPoints;
  return (maxPoints * Math.max(0, rate)) / threshold;
}
