/**
 * The year /ddci opens on (issue #13: the latest complete period): the latest year in which
 * every unit of `unitIds` (e.g. the province's district-level units) has a total score; when no
 * year is complete, the latest year in which `focusId` has one; else the latest year with any
 * total; null without data.
 */
export function ddciDefaultYear(
  observations: readonly {readonly unitId: string; readonly indicator: string; readonly period: string; readonly value: number | null}[],
  {unitIds, focusId = null, indicator = "ddci_total"}: {readonly unitIds: readonly string[]; readonly focusId?: string | null; readonly indicator?: string}
): string | null {
  const totals = observations.filter((o) => o.indicator === indicator && o.value !== null);
  const years = [...new Set(totals.map((o) => o.period))].sort().reverse();
  const scored = (year: string): Set<string> => new Set(totals.filter((o) => o.period === year).map((o) => o.unitId));
  const complete = unitIds.length > 0 ? years.find((y) => unitIds.every((id) => scored(y).has(id))) : undefined;
  if (complete !== undefined) return complete;
  const focusYear = focusId === null ? undefined : years.find((y) => scored(y).has(focusId));
  return focusYear ?? years[0] ?? null;
}
