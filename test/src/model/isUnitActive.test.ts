import {describe, expect, it} from "vitest";
import {isUnitActive} from "../../../src/model/isUnitActive.ts";
import type {Unit} from "../../../src/model/unit.ts";

function unit(validFrom: string | null, validTo: string | null): Unit {
  return {id: "18430", gsoCode: "18430", name: "Xã Bình An", type: "Xã", level: "commune", parentId: "448", validFrom, validTo, population2019: null, aliases: []};
}

describe("isUnitActive", () => {
  const binhAn = unit("2020-01-01", "2025-06-30");

  it("is false before the unit was formed and true from its first month", () => {
    expect(isUnitActive(binhAn, "2019-12")).toBe(false);
    expect(isUnitActive(binhAn, "2020-01")).toBe(true);
  });

  it("is true in its last month and false after it was merged away", () => {
    expect(isUnitActive(binhAn, "2025-06")).toBe(true);
    expect(isUnitActive(binhAn, "2025-07")).toBe(false);
  });

  it("counts a month the unit existed in for only part of it", () => {
    const midMonth = unit("2025-07-15", "2025-09-10");
    expect(isUnitActive(midMonth, "2025-07")).toBe(true);
    expect(isUnitActive(midMonth, "2025-09")).toBe(true);
    expect(isUnitActive(midMonth, "2025-06")).toBe(false);
    expect(isUnitActive(midMonth, "2025-10")).toBe(false);
  });

  it("treats open ends as always", () => {
    expect(isUnitActive(unit(null, null), "1999-01")).toBe(true);
    expect(isUnitActive(unit(null, "2025-06-30"), "2010-05")).toBe(true);
    expect(isUnitActive(unit("2025-07-01", null), "2030-12")).toBe(true);
    expect(isUnitActive(unit("2025-07-01", null), "2025-06")).toBe(false);
  });
});
