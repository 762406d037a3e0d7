/** One year's value in a trend. */
export interface TrendPoint {
  readonly period: string;
  readonly value: number;
}

/** A yearly series read in one sentence: the latest value, the year before, and the range. */
export interface YearTrend {
  readonly latest: TrendPoint;
  /** The latest earlier year with a value, or null. */
  readonly previous: TrendPoint | null;
  /** latest − previous, or null without a previous year. */
  readonly change: number | null;
  /** Against the year before, in the indicator's sense ("better" is up for a score, down for a rank). */
  readonly direction: "better" | "worse" | "same" | null;
  /** The best and worst years shown (earliest year on ties). */
  readonly best: TrendPoint;
  readonly worst: TrendPoint;
}

/**
 * The text summary of a yearly chart (issue #13: every chart has a one-sentence summary; a
 * direction in words against the year before, never "Đạt" without a target). Years without a
 * value are skipped, never read as 0. Null when no year has a value.
 */
export function yearTrend(
  points: readonly {readonly period: string; readonly value: number | null}[],
  {better = "higher"}: {readonly better?: "higher" | "lower"} = {}
): YearTrend | null {
  const present = points
    .filter((p): p is {period: string; value: number} => p.value !== null && Number.isFinite(p.value))
    .map((p) => ({period: p.period, value: p.value}))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latest = present.at(-1);
  if (latest === undefined) return null;
  const previous = present.at(-2) ?? null;
  const change = previous === null ? null : latest.value - previous.value;
  const sign = better === "higher" ? 1 : -1;
  const direction = change === null ? null : change === 0 ? "same" : change * sign > 0 ? "better" : "worse";
  const isBetter = (a: TrendPoint, b: TrendPoint): boolean => (a.value - b.value) * sign > 0;
  const best = present.reduce((m, p) => (isBetter(p, m) ? p : m));
  const worst = present.reduce((m, p) => (isBetter(m, p) ? p : m));
  return {latest, previous, change, direction, best, worst};
}
