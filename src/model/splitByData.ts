/**
 * Splits `unitIds` (order kept) into those with at least one value in `observations` and
 * those without, so a page can say "chưa có số liệu" for the second group instead of drawing
 * empty lines for them.
 */
export function splitByData(
  unitIds: readonly string[],
  observations: readonly {readonly unitId: string; readonly value: number | null}[]
): {withData: string[]; withoutData: string[]} {
  const present = new Set(observations.filter((o) => o.value !== null).map((o) => o.unitId));
  return {withData: unitIds.filter((id) => present.has(id)), withoutData: unitIds.filter((id) => !present.has(id))};
}
