import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {sumAcrossUnits} from "../../../src/model/sumAcrossUnits.ts";

function obs(unitId: string, period: string, numerator: number | null, denominator: number | null, indicator = "online_share"): Observation {
  const value = numerator === null ? null : denominator === null ? numerator : denominator === 0 ? null : numerator / denominator;
  return {unitId, indicator, period, grain: "month", value, numerator, denominator, source: `bao-cao-tthc-${period}.xlsx`, sample: false};
}

describe("sumAcrossUnits", () => {
  it("recomputes rates from summed counts (10/20 and 30/40 give 40/60, not the mean 0.625)", () => {
    const result = sumAcrossUnits([obs("18580", "2024-10", 10, 20), obs("18583", "2024-10", 30, 40)], "448");
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({unitId: "448", indicator: "online_share", period: "2024-10", grain: "month", numerator: 40, denominator: 60});
    expect(result[0]!.value).toBeCloseTo(40 / 60, 12);
  });

  it("makes the total null when any unit is null in that period, and only in that period", () => {
    const result = sumAcrossUnits(
      [obs("18580", "2024-10", 10, 20), obs("18583", "2024-10", null, null), obs("18580", "2024-11", 1, 2), obs("18583", "2024-11", 3, 4)],
      "448"
    );
    expect(result.find((o) => o.period === "2024-10")).toMatchObject({value: null, numerator: null, denominator: null});
    expect(result.find((o) => o.period === "2024-11")).toMatchObject({numerator: 4, denominator: 6});
  });

  it("treats a gap row from withGaps as missing", () => {
    const gap = {...obs("18583", "2024-10", null, null), gap: true as const};
    expect(sumAcrossUnits([obs("18580", "2024-10", 10, 20), gap], "448")[0]!.value).toBeNull();
  });

  it("sums count indicators and leaves their denominator null", () => {
    const result = sumAcrossUnits([obs("18580", "2024-10", 20, null, "received_total"), obs("18583", "2024-10", 40, null, "received_total")], "448");
    expect(result).toEqual([expect.objectContaining({indicator: "received_total", numerator: 60, denominator: null, value: 60})]);
  });

  it("gives null, not 0, when the summed denominator is 0", () => {
    const result = sumAcrossUnits([obs("18580", "2024-10", 0, 0), obs("18583", "2024-10", 0, 0)], "448");
    expect(result[0]).toMatchObject({numerator: 0, denominator: 0, value: null});
  });

  it("keeps indicators and periods apart and sorts by period", () => {
    const result = sumAcrossUnits(
      [obs("18580", "2024-11", 1, 2), obs("18580", "2024-10", 10, 20), obs("18580", "2024-10", 20, null, "received_total")],
      "448"
    );
    expect(result).toHaveLength(3);
    expect(result.map((o) => o.period)).toEqual(["2024-10", "2024-10", "2024-11"]);
  });

  it("keeps provenance: every source file and the sample flag", () => {
    const a = {...obs("18580", "2024-10", 10, 20), source: "b.xlsx", sample: true};
    const b = {...obs("18583", "2024-10", 30, 40), source: "a.xlsx"};
    expect(sumAcrossUnits([a, b], "448")[0]).toMatchObject({source: "a.xlsx; b.xlsx", sample: true});
  });
});
