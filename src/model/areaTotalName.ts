import type {Lang} from "../format/lang.ts";
import type {Area} from "./area.ts";
import type {Unit} from "./unit.ts";

/**
 * The name of a total over the area through month `through` ("YYYY-MM"), as written inside a
 * sentence: the district's own name while the district existed ("huyện Lộc Hà"), else the area's
 * ("địa bàn huyện Lộc Hà cũ" / "former Lộc Hà district area") — January to June 2025 sum the
 * same communes, but Huyện Lộc Hà no longer existed (merged into Thạch Hà on 2025-01-01).
 */
export function areaTotalName(area: Readonly<Area>, units: readonly Unit[], through: string, lang: Lang): string {
  const districtTo = units.find((u) => u.id === area.district)?.validTo ?? null;
  if (districtTo === null || through <= districtTo.slice(0, 7)) return area.districtName[lang];
  return lang === "vi" ? `địa bàn ${area.name.vi}` : `${area.name.en} area`;
}
