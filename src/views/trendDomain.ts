/** What a trend chart's values measure (as Indicator["unit"]). */
export type TrendUnit = "share" | "count" | "score" | "rank";

/**
 * The y-domain of a trend chart, fitted to its values (issue #13: never 0–100% for a 2–15%
 * series). Shares and counts start at zero — a line from zero is the honest picture of a
 * proportion or a tally — and end a little above the highest value (5% headroom, a share never
 * above 100%); give Plot `nice: true` to round the top to a tick. Scores and ranks, which are
 * not amounts, fit their range with 5% padding each side. Missing values (null, NaN) are left
 * out; with no value at all a share gets [0, 1] and anything else [0, 1] too, so an empty chart
 * still has an axis.
 */
export function trendDomain(values: readonly (number | null | undefined)[], unit: TrendUnit): [number, number] {
  const present = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (present.length === 0) return [0, 1];
  const min = Math.min(...present);
  const max = Math.max(...present);
  if (unit === "share" || unit === "count") {
    const low = Math.min(0, min * 1.05);
    const high = max <= 0 ? (low < 0 ? 0 : 1) : max * 1.05;
    return [low, unit === "share" && max <= 1 ? Math.min(1, high) : high];
  }
  const pad = max > min ? (max - min) * 0.05 : Math.max(1, Math.abs(max) * 0.05);
  return [min - pad, max + pad];
}
