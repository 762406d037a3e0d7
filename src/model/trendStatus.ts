import type {Indicator} from "./indicator.ts";

export type Status = "green" | "amber" | "red";

/** How far below a target (in the indicator's own unit: 0.05 = 5 points for a share) is still amber. */
const AMBER_BELOW_TARGET = 0.05;
/** A year-on-year decline up to this (0.02 = 2 points for a share) is amber rather than red. */
const AMBER_DECLINE = 0.02;

/**
 * Red/amber/green for a headline figure. With a target: green when it is met, amber when
 * within 5 points of it, red otherwise. Without one (the 2024 plan sets none for dossier
 * shares), the trend decides: green when the figure improved on the same period a year
 * earlier (or held), amber for a small decline (up to 2 points), red for a larger one. Missing
 * figures get no status. Scores and counts use the same thresholds relative to their scale
 * (shares 0-1; scores divide by their maximum, 10 or 100).
 */
export function trendStatus(
  indicator: Pick<Indicator, "better" | "target">,
  value: number | null,
  yearAgo: number | null,
  scale = 1
): Status | null {
  if (value === null) return null;
  const sign = indicator.better === "higher" ? 1 : -1;
  if (indicator.target !== null) {
    const shortfall = (sign * (indicator.target - value)) / scale;
    return shortfall <= 0 ? "green" : shortfall <= AMBER_BELOW_TARGET ? "amber" : "red";
  }
  if (yearAgo === null) return null;
  const improvement = (sign * (value - yearAgo)) / scale;
  return improvement >= 0 ? "green" : improvement >= -AMBER_DECLINE ? "amber" : "red";
}
