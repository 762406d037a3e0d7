import type {Comparison} from "./compareToEarlier.ts";

/**
 * The units that improved and worsened most against the same period a year earlier, `count`
 * each, best first ("better" sets which direction is an improvement). Units without both
 * figures are left out rather than guessed.
 */
export function biggestMovers(
  comparisons: readonly Comparison[],
  better: "higher" | "lower",
  count = 3
): {improved: Comparison[]; worsened: Comparison[]} {
  const sign = better === "higher" ? 1 : -1;
  const known = comparisons.filter((c) => c.changeFromYearAgo !== null);
  const byGain = [...known].sort((a, b) => sign * (b.changeFromYearAgo! - a.changeFromYearAgo!) || (a.unitId < b.unitId ? -1 : 1));
  return {
    improved: byGain.filter((c) => sign * c.changeFromYearAgo! > 0).slice(0, count),
    worsened: byGain.filter((c) => sign * c.changeFromYearAgo! < 0).reverse().slice(0, count)
  };
}
