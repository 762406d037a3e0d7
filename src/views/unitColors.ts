// Twenty colours that stay apart on screen and in print (Tableau 20, reordered so that the first
// ten are the strong ones); a unit past the twentieth reuses them in order.
const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e",
  "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#bab0ac"
];

/**
 * One colour per unit, the same on every chart and whatever is selected (issue #13): colours are
 * dealt out over all the area's units sorted by id, not over the selection. Give Plot the result
 * as `color: {...unitColors(allAreaUnitIds), legend: true}`; a selection draws with the colours
 * of its own units.
 */
export function unitColors(unitIds: readonly string[]): {domain: string[]; range: string[]} {
  const domain = [...new Set(unitIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {domain, range: domain.map((_, i) => PALETTE[i % PALETTE.length])};
}
