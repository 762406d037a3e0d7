import {describe, expect, it} from "vitest";
import {ddciUnits} from "../../../src/ddci/ddciUnits.ts";
import type {Unit} from "../../../src/model/unit.ts";

const district = (id: string, validTo: string | null): Unit => ({id, gsoCode: id, name: id, type: "Huyện", level: "district", parentId: "42", validFrom: null, validTo, population2019: null, aliases: []});
// Huyện Lộc Hà ended on 2024-12-31 (merged into Thạch Hà, NQ 1283/NQ-UBTVQH15); Thạch Hà lasted to 2025-06-30.
const UNITS = [district("448", "2024-12-31"), district("445", "2025-06-30")];

describe("ddciUnits", () => {
  it("scores a district only in years it existed: Lộc Hà's DDCI stops after 2024", () => {
    expect(ddciUnits(UNITS, "2024").map((u) => u.id)).toEqual(["448", "445"]);
    expect(ddciUnits(UNITS, "2025").map((u) => u.id)).toEqual(["445"]);
  });
});
