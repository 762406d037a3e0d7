/** A yearly figure of one province, as the PCI dataset's observations give it. */
interface YearValue {
  readonly unitId: string;
  readonly period: string;
  readonly value: number | null;
}

/**
 * The provinces /pci compares by default (issue #13): the area's province first, then other
 * provinces that have a value in the latest year any province has one (the latest published
 * year), in the order of `provinceIds`, `max` in all. A province without a figure that year is
 * never a default: a leader opening the page sees lines, not "no data".
 */
export function pciDefaultProvinces(
  observations: readonly YearValue[],
  {provinceIds, focusId, max = 4}: {readonly provinceIds: readonly string[]; readonly focusId: string | null; readonly max?: number}
): string[] {
  const present = observations.filter((o) => o.value !== null && /^\d{4}$/.test(o.period));
  const latest = present.reduce<string | null>((last, o) => (last === null || o.period > last ? o.period : last), null);
  if (latest === null) return [];
  const withData = new Set(present.filter((o) => o.period === latest).map((o) => o.unitId));
  const ordered = focusId === null ? provinceIds : [focusId, ...provinceIds.filter((id) => id !== focusId)];
  return ordered.filter((id) => withData.has(id)).slice(0, Math.max(0, max));
}
