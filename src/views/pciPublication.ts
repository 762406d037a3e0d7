/** What VCCI published for one province, for the sentence at the top of /pci. */
export interface PciPublication {
  /** The latest year with any published figure for the province (a sub-index counts). */
  readonly latestYear: string | null;
  /** The latest year with a published total score, or null. */
  readonly lastTotalYear: string | null;
  /** Indicators marked "not published" (chưa công bố) in `latestYear`: the total first, then the others sorted. */
  readonly notPublishedInLatest: readonly string[];
  /** Every year with a figure marked not published, oldest first. */
  readonly notPublishedYears: readonly string[];
}

/**
 * The province's latest published PCI year and what VCCI did not publish (issue #13), from the
 * dataset's observations and its not-published marks (meta `sources[].notPublished`): e.g.
 * latest year 2023 with its sub-indices, total and rank not published that year, last total 2022.
 */
export function pciPublication(
  observations: readonly {readonly unitId: string; readonly indicator: string; readonly period: string; readonly value: number | null}[],
  notPublished: readonly {readonly unitId: string; readonly indicator: string; readonly period: string}[],
  {unitId, totalIndicator = "pci_total"}: {readonly unitId: string; readonly totalIndicator?: string}
): PciPublication {
  const mine = observations.filter((o) => o.unitId === unitId && o.value !== null && /^\d{4}$/.test(o.period));
  const latest = (periods: readonly string[]): string | null => periods.reduce<string | null>((last, p) => (last === null || p > last ? p : last), null);
  const latestYear = latest(mine.map((o) => o.period));
  const lastTotalYear = latest(mine.filter((o) => o.indicator === totalIndicator).map((o) => o.period));
  const marks = notPublished.filter((m) => m.unitId === unitId);
  const notPublishedInLatest = [...new Set(marks.filter((m) => m.period === latestYear).map((m) => m.indicator))].sort((a, b) =>
    a === totalIndicator ? -1 : b === totalIndicator ? 1 : a < b ? -1 : a > b ? 1 : 0
  );
  const notPublishedYears = [...new Set(marks.map((m) => m.period))].sort();
  return {latestYear, lastTotalYear, notPublishedInLatest, notPublishedYears};
}
