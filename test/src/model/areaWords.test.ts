import {describe, expect, it} from "vitest";
import type {Area} from "../../../src/model/area.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";
import {areaWords} from "../../../src/model/areaWords.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";

const unit = (id: string, name: string, validFrom: string | null, validTo: string | null): Unit => ({id, gsoCode: null, name, type: "Xã", level: "commune", parentId: null, validFrom, validTo, population2019: null, aliases: []});
const link = (oldId: string, newId: string): LineageLink => ({oldId, newId, fromDate: "2025-07-01", note: ""});
const AREA: Area = LOC_HA_AREA;
const UNITS = [
  unit("18568", "Thị trấn Lộc Hà", null, "2025-06-30"),
  unit("18457", "Xã Ích Hậu", null, "2025-06-30"),
  unit("xa-thach-kenh", "Xã Thạch Kênh", null, "2025-06-30"),
  unit("xa-loc-ha-2025", "Xã Lộc Hà", "2025-07-01", null),
  unit("xa-dong-kinh-2025", "Xã Đông Kinh", "2025-07-01", null)
];
const LINKS = [link("18568", "xa-loc-ha-2025"), link("18457", "xa-dong-kinh-2025"), link("xa-thach-kenh", "xa-dong-kinh-2025")];

describe("areaWords", () => {
  it("counts the old units merged and the successors, and names the months around the change", () => {
    expect(areaWords(AREA, UNITS, LINKS, "vi")).toEqual({
      name: "huyện Lộc Hà cũ",
      oldCount: 2,
      newCount: 2,
      lastOld: "6/2025",
      first: "7/2025",
      day: "01/7/2025",
      partialNames: "Xã Đông Kinh"
    });
  });

  it("writes English months and days", () => {
    expect(areaWords(AREA, UNITS, LINKS, "en")).toMatchObject({name: "former Lộc Hà district", lastOld: "June 2025", first: "July 2025", day: "1 July 2025"});
  });
});
