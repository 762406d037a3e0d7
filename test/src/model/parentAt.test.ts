import {describe, expect, it} from "vitest";
import {parentAt} from "../../../src/model/parentAt.ts";
import type {Unit, UnitParent} from "../../../src/model/unit.ts";

const unit = (id: string, parentId: string | null): Unit => ({id, gsoCode: null, name: id, type: "Xã", level: "commune", parentId, validFrom: null, validTo: "2025-06-30", population2019: null, aliases: []});
const UNITS = [unit("18580", "448"), unit("18598", "448"), unit("xa-thach-kenh", "445")];
// Nghị quyết 1283/NQ-UBTVQH15: Lộc Hà's communes go to Thạch Hà on 2025-01-01, Hộ Độ to Hà Tĩnh city.
const PARENTS: readonly UnitParent[] = [
  {unitId: "18580", parentId: "448", validFrom: null, validTo: "2024-12-31", source: "NQ 1283"},
  {unitId: "18580", parentId: "445", validFrom: "2025-01-01", validTo: "2025-06-30", source: "NQ 1283"},
  {unitId: "18598", parentId: "448", validFrom: null, validTo: "2024-12-31", source: "NQ 1283"},
  {unitId: "18598", parentId: "436", validFrom: "2025-01-01", validTo: "2025-06-30", source: "NQ 1283"}
];

describe("parentAt", () => {
  it("is the district of the period covering the day, both ends inclusive", () => {
    expect(parentAt("18580", "2024-12-31", UNITS, PARENTS)).toBe("448");
    expect(parentAt("18580", "2025-01-01", UNITS, PARENTS)).toBe("445");
    expect(parentAt("18580", "2025-06-30", UNITS, PARENTS)).toBe("445");
  });

  it("follows each commune's own periods: Hộ Độ went to Hà Tĩnh city, not Thạch Hà", () => {
    expect(parentAt("18598", "2025-03-15", UNITS, PARENTS)).toBe("436");
  });

  it("falls back to units.csv's parent where no period is recorded, and is null for an unknown unit", () => {
    expect(parentAt("xa-thach-kenh", "2024-06-01", UNITS, PARENTS)).toBe("445");
    expect(parentAt("nowhere", "2024-06-01", UNITS, PARENTS)).toBeNull();
  });
});
