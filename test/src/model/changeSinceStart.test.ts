import {describe, expect, it} from "vitest";
import {changeSinceStart} from "../../../src/model/changeSinceStart.ts";
import type {Observation} from "../../../src/model/observation.ts";

function obs(unitId: string, period: string, value: number | null, indicator = "online_share"): Observation {
  return {unitId, indicator, period, grain: "quarter", value, numerator: value, denominator: value === null ? null : 1, source: "", sample: false};
}

describe("changeSinceStart", () => {
  it("gives each value's change since the series' first value, keeping the level", () => {
    const result = changeSinceStart([obs("18580", "2024-Q1", 0.2), obs("18580", "2024-Q2", 0.35), obs("18580", "2024-Q3", 0.15)]);
    expect(result.map((o) => o.value)).toEqual([0, expect.closeTo(0.15), expect.closeTo(-0.05)]);
    expect(result[1]).toMatchObject({level: 0.35, base: 0.2, basePeriod: "2024-Q1", unitId: "18580", period: "2024-Q2"});
  });

  it("starts from the first value present when the range starts with a gap, and says which period", () => {
    const result = changeSinceStart([obs("18598", "2023-Q3", null), obs("18598", "2023-Q4", 0.4), obs("18598", "2024-Q1", 0.5)]);
    expect(result[0]).toMatchObject({value: null, level: null, base: 0.4, basePeriod: "2023-Q4"});
    expect(result[2]!.value).toBeCloseTo(0.1);
  });

  it("keeps a missing value missing, never a change of zero", () => {
    const result = changeSinceStart([obs("18580", "2024-Q1", 0.2), obs("18580", "2024-Q2", null), obs("18580", "2024-Q3", 0.3)]);
    expect(result[1]!.value).toBeNull();
  });

  it("treats units and indicators separately, whatever the input order", () => {
    const result = changeSinceStart([obs("b", "2024-Q2", 10, "received_total"), obs("a", "2024-Q2", 0.9), obs("b", "2024-Q1", 4, "received_total"), obs("a", "2024-Q1", 0.5)]);
    expect(result.map((o) => [o.unitId, o.period, o.value])).toEqual([
      ["b", "2024-Q2", 6],
      ["a", "2024-Q2", expect.closeTo(0.4)],
      ["b", "2024-Q1", 0],
      ["a", "2024-Q1", 0]
    ]);
  });

  it("has no change for a series with no value at all", () => {
    expect(changeSinceStart([obs("x", "2024-Q1", null)])[0]).toMatchObject({value: null, base: null, basePeriod: null});
  });
});
