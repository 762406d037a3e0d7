import {describe, expect, it} from "vitest";
import {districtSeries} from "../../../src/model/districtSeries.ts";
import type {Observation} from "../../../src/model/observation.ts";

function obs(unitId: string, period: string, numerator: number | null, denominator: number | null = 100, indicator = "online_share"): Observation {
  const value = numerator === null ? null : denominator === null ? numerator : numerator / denominator;
  return {unitId, indicator, period, grain: "month", value, numerator, denominator, source: `bc-${period}.csv`, sample: true};
}

const both = (): readonly string[] => ["18580", "18598"];

describe("districtSeries", () => {
  it("sums the communes' counts and recomputes the rate (not an average of rates)", () => {
    const [d] = districtSeries([obs("18580", "2024-01", 10, 100), obs("18598", "2024-01", 90, 900)], both, "448");
    expect(d).toMatchObject({unitId: "448", indicator: "online_share", period: "2024-01", grain: "month", numerator: 100, denominator: 1000, sample: true});
    expect(d!.value).toBeCloseTo(0.1);
    expect(d!.source).toBe("bc-2024-01.csv");
  });

  it("sums counts without a denominator", () => {
    const [d] = districtSeries([obs("18580", "2024-01", 10, null, "received_total"), obs("18598", "2024-01", 5, null, "received_total")], both, "448");
    expect(d).toMatchObject({value: 15, numerator: 15, denominator: null});
  });

  it("gives a count as the mean per commune with perUnit, keeping the total as numerator and rates pooled", () => {
    const rows = [
      obs("18580", "2024-01", 10, null, "received_total"),
      obs("18598", "2024-01", 30, null, "received_total"),
      obs("18580", "2024-01", 10, 100),
      obs("18598", "2024-01", 90, 900)
    ];
    const result = districtSeries(rows, both, "448", {perUnit: true});
    expect(result.find((o) => o.indicator === "received_total")).toMatchObject({value: 20, numerator: 40, denominator: null});
    expect(result.find((o) => o.indicator === "online_share")!.value).toBeCloseTo(0.1);
  });

  it("is missing in a month when an expected commune sent no report, rather than a smaller total", () => {
    const rows = [obs("18580", "2023-07", 10), obs("18598", "2023-07", 20), obs("18580", "2023-08", 10)];
    const result = districtSeries(rows, both, "448");
    expect(result.map((o) => [o.period, o.value])).toEqual([
      ["2023-07", 0.15],
      ["2023-08", null]
    ]);
  });

  it("is missing when an expected commune's value is missing", () => {
    const [d] = districtSeries([obs("18580", "2024-01", 10), obs("18598", "2024-01", null, null)], both, "448");
    expect(d).toMatchObject({value: null, numerator: null, denominator: null});
  });

  it("ignores units not expected, and leaves out months with no expected unit", () => {
    const expected = (month: string): readonly string[] => (month < "2025-07" ? ["18580"] : []);
    const rows = [obs("18580", "2025-06", 10), obs("xa-loc-ha-2025", "2025-06", 50), obs("xa-loc-ha-2025", "2025-07", 50)];
    const result = districtSeries(rows, expected, "448");
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({period: "2025-06", numerator: 10, denominator: 100});
  });

  it("keeps indicators apart", () => {
    const rows = [obs("18580", "2024-01", 10), obs("18598", "2024-01", 30), obs("18580", "2024-01", 5, 10, "on_time_share"), obs("18598", "2024-01", 5, 10, "on_time_share")];
    const result = districtSeries(rows, both, "448");
    expect(result.map((o) => [o.indicator, o.value])).toEqual([
      ["on_time_share", 0.5],
      ["online_share", 0.2]
    ]);
  });

  it("a commune that reported nothing to count (0/0) adds zero; the district month stays", () => {
    const [d] = districtSeries([obs("18580", "2024-01", 0, 0), obs("18598", "2024-01", 90, 900)], both, "448");
    expect(d).toMatchObject({numerator: 90, denominator: 900});
    expect(d!.value).toBeCloseTo(0.1);
  });
});
