import {describe, expect, it} from "vitest";
import type {Area} from "../../../src/model/area.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";
import {areaTotalName} from "../../../src/model/areaTotalName.ts";
import type {Unit} from "../../../src/model/unit.ts";

const AREA: Area = LOC_HA_AREA;
const district = (validTo: string | null): Unit => ({id: "448", gsoCode: "448", name: "Huyện Lộc Hà", type: "Huyện", level: "district", parentId: "42", validFrom: null, validTo, population2019: null, aliases: []});

describe("areaTotalName", () => {
  it("is the district's name through its last month", () => {
    expect(areaTotalName(AREA, [district("2024-12-31")], "2024-12", "vi")).toBe("huyện Lộc Hà");
    expect(areaTotalName(AREA, [district("2024-12-31")], "2024-12", "en")).toBe("Lộc Hà district");
  });

  it("is the area's name once the series runs past the district (January–June 2025: same communes, no district)", () => {
    expect(areaTotalName(AREA, [district("2024-12-31")], "2025-06", "vi")).toBe("địa bàn huyện Lộc Hà cũ");
    expect(areaTotalName(AREA, [district("2024-12-31")], "2025-01", "en")).toBe("former Lộc Hà district area");
  });

  it("is the district's name when the district has no end date", () => {
    expect(areaTotalName(AREA, [district(null)], "2030-01", "vi")).toBe("huyện Lộc Hà");
  });
});
