/** One figure a source states was not published (chưa công bố). */
export interface NotPublishedMark {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
}

/**
 * The figures marked "not published" in a dataset's meta.json (`sources[].notPublished`), once
 * each, sorted — less those another file does give a value for, since a real figure beats a
 * note that it was missing somewhere. Sources without the list are skipped.
 */
export function notPublishedMarks(
  sources: readonly {readonly notPublished?: readonly NotPublishedMark[] | null}[],
  observations: readonly {readonly unitId: string; readonly indicator: string; readonly period: string; readonly value: number | null}[]
): NotPublishedMark[] {
  const key = (m: NotPublishedMark): string => `${m.unitId}|${m.indicator}|${m.period}`;
  const given = new Set(observations.filter((o) => o.value !== null).map(key));
  const marks = new Map<string, NotPublishedMark>();
  for (const source of sources) {
    for (const m of source.notPublished ?? []) {
      const k = key(m);
      if (!given.has(k) && !marks.has(k)) marks.set(k, {unitId: m.unitId, indicator: m.indicator, period: m.period});
    }
  }
  return [...marks.values()].sort((a, b) => compare(a.indicator, b.indicator) || compare(a.unitId, b.unitId) || compare(a.period, b.period));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
