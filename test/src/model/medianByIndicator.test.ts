import {describe, expect, it} from "vitest";
import {medianByIndicator} from "../../../src/model/medianByIndicator.ts";
import type {Observation} from "../../../src/model/observation.ts";

function obs(unitId: string, indicator: string, value: number | null, period = "2021", sample = true): Observation {
  return {unitId, indicator, period, grain: "year", value, numerator: null, denominator: null, source: "ddci.xlsx", sample};
}

describe("medianByIndicator", () => {
  const observations = [
    obs("448", "ddci_time", 4.08, "2021", false),
    obs("436", "ddci_time", 6),
    obs("437", "ddci_time", 5),
    obs("439", "ddci_time", 7),
    obs("448", "ddci_land", 5.88, "2021", false),
    obs("436", "ddci_land", null),
    obs("so-tai-chinh", "ddci_time", 9),
    obs("436", "ddci_time", 1, "2022")
  ];

  it("is the median over the group's units in the period, in the order of the indicators given", () => {
    const result = medianByIndicator(observations, {unitIds: ["448", "436", "437", "439"], period: "2021", indicators: ["ddci_time", "ddci_land"]});
    expect(result).toEqual([
      {indicator: "ddci_time", median: 5.5, count: 4, sample: true},
      {indicator: "ddci_land", median: 5.88, count: 1, sample: false}
    ]);
  });

  it("leaves out units outside the group and missing values; null with no value", () => {
    const [time, equal] = medianByIndicator(observations, {unitIds: ["448", "436"], period: "2021", indicators: ["ddci_time", "ddci_equal"]});
    expect(time!.median).toBeCloseTo(5.04, 10);
    expect(equal).toEqual({indicator: "ddci_equal", median: null, count: 0, sample: false});
  });
});
