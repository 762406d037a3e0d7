import type {Area} from "../../src/model/area.ts";

/** A short copy of data/reference/area.json for tests of the area helpers; spread it to change a field. */
export const LOC_HA_AREA: Area = {
  id: "loc-ha",
  name: {vi: "huyện Lộc Hà cũ", en: "former Lộc Hà district"},
  shortName: {vi: "Lộc Hà", en: "Lộc Hà"},
  districtName: {vi: "huyện Lộc Hà", en: "Lộc Hà district"},
  district: "448",
  communes: ["18568", "18457"],
  reorganisations: [{date: "2025-01-01", source: "NQ 1283/NQ-UBTVQH15"}, {date: "2025-07-01", source: ""}],
  successorsFrom: "2025-07-01",
  defaultUnits: {communes: ["18568"], journey: ["18568"]}
};
