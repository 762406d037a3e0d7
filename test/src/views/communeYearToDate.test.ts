import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {communeYearToDate} from "../../../src/views/communeYearToDate.ts";

const obs = (unitId: string, period: string, numerator: number, denominator: number): Observation => ({
  unitId, indicator: "on_time", period, grain: "month", numerator, denominator, value: numerator / denominator, source: "a.csv", sample: false
});

describe("communeYearToDate", () => {
  const rows = [obs("A", "2025-01", 5, 10), obs("A", "2025-02", 5, 10), obs("A", "2026-01", 8, 10), obs("A", "2026-02", 1, 10)];
  const area = [obs("area", "2025-01", 50, 100), obs("area", "2025-02", 50, 100), obs("area", "2026-01", 60, 100), obs("area", "2026-02", 40, 100)];

  it("pools the unit's and the area's counts from January to the unit's latest month and compares them", () => {
    const [r] = communeYearToDate(rows, area, "A", [{id: "on_time", better: "higher"}]);
    expect(r).toMatchObject({through: "2026-02", unit: {value: 0.45, numerator: 9, denominator: 20}, area: {value: 0.5}, unitLastYear: {value: 0.5}});
    expect(r!.vsArea).toBeCloseTo(-0.05);
    expect(r!.vsLastYear).toBeCloseTo(-0.05);
    expect([r!.aheadOfArea, r!.betterThanLastYear]).toEqual([false, false]);
  });
  it("reads ahead and behind by the indicator's better direction", () => {
    const [r] = communeYearToDate(rows, area, "A", [{id: "on_time", better: "lower"}]);
    expect([r!.aheadOfArea, r!.betterThanLastYear]).toEqual([true, true]);
  });
  it("has no comparison with a year with no figures, and leaves out indicators the unit lacks", () => {
    const only2026 = rows.slice(2);
    const result = communeYearToDate(only2026, area, "A", [{id: "on_time", better: "higher"}, {id: "online_share", better: "higher"}]);
    expect(result.map((r) => r.indicator)).toEqual(["on_time"]);
    expect(result[0]).toMatchObject({unitLastYear: null, vsLastYear: null, betterThanLastYear: null});
  });
});
