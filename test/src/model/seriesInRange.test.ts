import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {seriesInRange} from "../../../src/model/seriesInRange.ts";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";

function obs(unitId: string, period: string, numerator: number | null, denominator = 100): Observation {
  return {
    unitId,
    indicator: "online_share",
    period,
    grain: "month",
    value: numerator === null ? null : numerator / denominator,
    numerator,
    denominator: numerator === null ? null : denominator,
    source: `bc-${period}.csv`,
    sample: false
  };
}

const year = (unitId: string, y: string, skip: readonly string[] = []): Observation[] =>
  monthsBetween(`${y}-01`, `${y}-12`)
    .filter((m) => !skip.includes(m))
    .map((m, i) => obs(unitId, m, 10 + i));

describe("seriesInRange", () => {
  it("keeps only the months inside the range at monthly grain", () => {
    const result = seriesInRange(year("18580", "2024"), {from: "2024-03", to: "2024-05", grain: "month"});
    expect(result.map((o) => o.period)).toEqual(["2024-03", "2024-04", "2024-05"]);
  });

  it("recomputes a quarter's rate from summed counts, never averaging monthly rates", () => {
    const rows = [obs("18580", "2024-01", 10, 100), obs("18580", "2024-02", 90, 100), obs("18580", "2024-03", 50, 800)];
    const [q1] = seriesInRange(rows, {from: "2024-01", to: "2024-03", grain: "quarter"});
    expect(q1).toMatchObject({period: "2024-Q1", grain: "quarter", numerator: 150, denominator: 1000, incomplete: false});
    expect(q1!.value).toBeCloseTo(0.15);
  });

  it("makes a quarter missing when one of its months is missing or outside the range", () => {
    const missingFeb = seriesInRange(year("18598", "2024", ["2024-02"]), {from: "2024-01", to: "2024-12", grain: "quarter"});
    expect(missingFeb.find((o) => o.period === "2024-Q1")).toMatchObject({value: null, incomplete: true});
    expect(missingFeb.find((o) => o.period === "2024-Q2")!.value).not.toBeNull();
    const clipped = seriesInRange(year("18580", "2024"), {from: "2024-02", to: "2024-12", grain: "quarter"});
    expect(clipped.find((o) => o.period === "2024-Q1")).toMatchObject({value: null, incomplete: true});
  });

  it("adds a null row for a period with no report at all, so a line breaks there", () => {
    const rows = [...year("18580", "2023"), ...year("18580", "2025")];
    const result = seriesInRange(rows, {from: "2023-01", to: "2025-12", grain: "year"});
    expect(result.map((o) => [o.period, o.value === null])).toEqual([
      ["2023", false],
      ["2024", true],
      ["2025", false]
    ]);
    const months = seriesInRange(year("18598", "2023", ["2023-08"]), {from: "2023-01", to: "2023-12", grain: "month"});
    expect(months.find((o) => o.period === "2023-08")).toMatchObject({value: null, numerator: null, unitId: "18598"});
    expect(months).toHaveLength(12);
  });

  it("adds nothing before a unit's first or after its last period (a unit that ceased to exist)", () => {
    const rows = [...year("18580", "2025").filter((o) => o.period <= "2025-06"), ...year("xa-loc-ha-2025", "2025").filter((o) => o.period >= "2025-07")];
    const result = seriesInRange(rows, {from: "2025-01", to: "2025-12", grain: "quarter"});
    expect(result.filter((o) => o.unitId === "18580").map((o) => o.period)).toEqual(["2025-Q1", "2025-Q2"]);
    expect(result.filter((o) => o.unitId === "xa-loc-ha-2025").map((o) => o.period)).toEqual(["2025-Q3", "2025-Q4"]);
  });
});
