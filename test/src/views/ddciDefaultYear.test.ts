import {describe, expect, it} from "vitest";
import {ddciDefaultYear} from "../../../src/views/ddciDefaultYear.ts";

const total = (unitId: string, period: string, value: number | null = 60) => ({unitId, indicator: "ddci_total", period, value});

describe("ddciDefaultYear", () => {
  it("opens on the latest year in which every unit has a total", () => {
    const obs = [total("a", "2023"), total("b", "2023"), total("a", "2024"), total("b", "2024", null), total("a", "2025")];
    expect(ddciDefaultYear(obs, {unitIds: ["a", "b"], focusId: "a"})).toBe("2023");
  });
  it("falls back to the latest year of the followed unit, then to any year", () => {
    const obs = [total("a", "2022"), total("b", "2024")];
    expect(ddciDefaultYear(obs, {unitIds: ["a", "b"], focusId: "a"})).toBe("2022");
    expect(ddciDefaultYear(obs, {unitIds: ["a", "b"], focusId: "z"})).toBe("2024");
    expect(ddciDefaultYear([], {unitIds: ["a"]})).toBeNull();
  });
});
