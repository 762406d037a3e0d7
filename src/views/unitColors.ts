// Twenty colours that stay apart on screen and in print (Tableau 20, reordered so that the first
// ten are the strong ones); a unit past the twentieth reuses them in order.
const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e",
  "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#bab0ac"
];

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One colour per unit, the same on every chart and whatever is selected (issue #13): colours are
 * dealt out over all the area's units, not over the selection — first the units in `first`
 * (today's communes, what the default views show, so they get the strong colours), then the
 * others, each group sorted by id. Give Plot the result as
 * `color: {...unitColors(allAreaUnitIds, presentUnitIds), legend: true}`.
 */
export function unitColors(unitIds: readonly string[], first: readonly string[] = []): {domain: string[]; range: string[]} {
  const ids = new Set(unitIds);
  const leading = [...new Set(first)].filter((id) => ids.has(id)).sort(byId);
  const lead = new Set(leading);
  const domain = [...leading, ...[...ids].filter((id) => !lead.has(id)).sort(byId)];
  return {domain, range: domain.map((_, i) => PALETTE[i % PALETTE.length])};
}
