import {describe, expect, it} from "vitest";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {methodologyRules} from "../../../src/views/methodologyRules.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";

const unit = (id: string, name: string, validFrom: string | null, validTo: string | null): Unit => ({id, gsoCode: null, name, type: "Xã", level: "commune", parentId: null, validFrom, validTo, population2019: null, aliases: []});
const UNITS = [
  unit("18568", "Thị trấn Lộc Hà", null, "2025-06-30"),
  unit("18457", "Xã Ích Hậu", null, "2025-06-30"),
  unit("xa-thach-kenh", "Xã Thạch Kênh", null, "2025-06-30"),
  unit("xa-loc-ha-2025", "Xã Lộc Hà", "2025-07-01", null),
  unit("xa-dong-kinh-2025", "Xã Đông Kinh", "2025-07-01", null)
];
const link = (oldId: string, newId: string): LineageLink => ({oldId, newId, fromDate: "2025-07-01", note: ""});
const LINKS = [link("18568", "xa-loc-ha-2025"), link("18457", "xa-dong-kinh-2025"), link("xa-thach-kenh", "xa-dong-kinh-2025")];

describe("methodologyRules", () => {
  it("reads the area: its old units' count and name for the earlier change, the successors' day and the partial ones", () => {
    const rules = methodologyRules(LOC_HA_AREA, UNITS, LINKS, "vi");
    const parents = rules.find((r) => r.includes("1/1/2025"));
    expect(parents).toContain("NQ 1283/NQ-UBTVQH15");
    expect(parents).toContain("2 đơn vị cũ của huyện Lộc Hà cũ");
    const successors = rules.find((r) => r.includes("01/7/2025"));
    expect(successors).toContain("Xã Đông Kinh gồm cả đơn vị ngoài địa bàn");
  });

  it("leaves out the partial sentence when no successor takes in units from outside, and speaks English on request", () => {
    const area = {...LOC_HA_AREA, name: {vi: "Ba xã cũ", en: "three former communes"}, reorganisations: [{date: "2025-07-01", source: ""}]};
    const rules = methodologyRules(area, UNITS, [link("18568", "xa-loc-ha-2025"), link("18457", "xa-loc-ha-2025")], "en");
    expect(rules.some((r) => r.includes("outside the area"))).toBe(false);
    expect(rules.some((r) => r.includes("Reorganisation of 1 July 2025"))).toBe(true);
    expect(rules.filter((r) => r.includes("former units of"))).toEqual([]);
  });

  it("names no unit of another area: the words come from the area passed in", () => {
    const area = {...LOC_HA_AREA, name: {vi: "Thạch Trung, Đồng Môn cũ", en: "former Thạch Trung"}};
    expect(methodologyRules(area, UNITS, LINKS, "vi").join(" ")).not.toContain("Lộc Hà cũ");
  });
});
