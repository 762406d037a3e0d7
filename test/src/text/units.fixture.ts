import type {Unit} from "../../../src/model/unit.ts";

const unit = (id: string, name: string, type: string, level: Unit["level"], extra: Partial<Unit> = {}): Unit => ({
  id, gsoCode: null, name, type, level, parentId: null, validFrom: null, validTo: null, population2019: null, aliases: [], ...extra
});

/** A province, the city of the same name, a province-level city, two communes of one name and Hà Tây (gone in 2008). */
export const LEVEL_UNITS: readonly Unit[] = [
  unit("42", "Tỉnh Hà Tĩnh", "Tỉnh", "province"),
  unit("01", "Thành phố Hà Nội", "Thành phố", "province", {aliases: ["Hanoi"]}),
  unit("28", "Tỉnh Hà Tây", "Tỉnh", "province", {validTo: "2008-07-31"}),
  unit("436", "Thành phố Hà Tĩnh", "Thành phố", "district", {validTo: "2025-06-30"}),
  unit("442", "Huyện Lộc Hà", "Huyện", "district", {validTo: "2025-06-30"}),
  unit("18568", "Thị trấn Lộc Hà", "Thị trấn", "commune", {validTo: "2025-06-30"}),
  unit("xa-loc-ha-2025", "Xã Lộc Hà", "Xã", "commune", {validFrom: "2025-07-01"}),
  unit("a", "Xã Thạch Long", "Xã", "commune"),
  unit("b", "Phường Thạch Long", "Phường", "commune")
];
