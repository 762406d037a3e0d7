import {describe, expect, it} from "vitest";
import type {Area} from "../../../src/model/area.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";
import {areaUnits} from "../../../src/model/areaUnits.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";

const unit = (id: string, validFrom: string | null, validTo: string | null): Unit => ({id, gsoCode: null, name: id, type: "Xã", level: "commune", parentId: null, validFrom, validTo, population2019: null, aliases: []});
const link = (oldId: string, newId: string, fromDate: string): LineageLink => ({oldId, newId, fromDate, note: ""});
const area = (communes: readonly string[]): Area => ({...LOC_HA_AREA, communes});
const UNITS = [
  unit("xa-thach-trung", null, "2024-12-31"),
  unit("phuong-thach-trung", "2025-01-01", "2025-06-30"),
  unit("18598", null, "2025-06-30"),
  unit("phuong-tran-phu-2025", "2025-07-01", null),
  unit("18580", null, "2025-06-30")
];
const LINKS = [
  link("xa-thach-trung", "phuong-thach-trung", "2025-01-01"),
  link("phuong-thach-trung", "phuong-tran-phu-2025", "2025-07-01"),
  link("18598", "phuong-tran-phu-2025", "2025-07-01")
];

describe("areaUnits", () => {
  it("follows the lineage forward through every step: a xã that became a phường, then part of a new ward", () => {
    expect(areaUnits(area(["xa-thach-trung"]), UNITS, LINKS)).toEqual({
      all: ["xa-thach-trung", "phuong-thach-trung", "phuong-tran-phu-2025"],
      old: ["xa-thach-trung", "phuong-thach-trung"],
      new: ["phuong-tran-phu-2025"],
      lastOld: ["phuong-thach-trung"]
    });
  });

  it("leaves out units the area's communes never became, even when they share a successor", () => {
    const {all} = areaUnits(area(["18598", "18580"]), UNITS, LINKS);
    expect(all).toEqual(["18598", "phuong-tran-phu-2025", "18580"]);
  });
});
