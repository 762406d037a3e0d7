/** A unit as reference.json lists it (the fields this needs). */
interface UnitRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly parentId: string | null;
}

/**
 * The province of the area (ref.area): the parent of the area's district, with its name without
 * the type word ("Tỉnh Hà Tĩnh" → "Hà Tĩnh") for sentences. Null when the district or its parent
 * is not in the units, so a page says "–" rather than naming a province the data does not give.
 */
export function areaProvince(units: readonly UnitRow[], districtId: string): {id: string; name: string; shortName: string} | null {
  const parentId = units.find((u) => u.id === districtId)?.parentId;
  const province = parentId == null ? undefined : units.find((u) => u.id === parentId);
  if (province === undefined) return null;
  const shortName = province.name.startsWith(`${province.type} `) ? province.name.slice(province.type.length + 1) : province.name;
  return {id: province.id, name: province.name, shortName};
}
