import {describe, expect, it} from "vitest";
import {ddciTableRows} from "../../../src/ddci/ddciTableRows.ts";
import type {Observation} from "../../../src/model/observation.ts";

function obs(unitId: string, indicator: string, value: number | null, sample = true, period = "2021"): Observation {
  return {unitId, indicator, period, grain: "year", value, numerator: null, denominator: null, source: sample ? "ddci-2021.xlsx" : "ddci-2021-loc-ha.csv", sample};
}

describe("ddciTableRows", () => {
  const observations = [
    obs("448", "ddci_total", 54.52, false),
    obs("448", "ddci_responses", 56, false),
    obs("448", "ddci_time", 4.08, false),
    obs("448", "ddci_land", 5.88, false),
    obs("436", "ddci_total", 70),
    obs("436", "ddci_time", 7),
    obs("437", "ddci_total", 70),
    obs("437", "ddci_total", 80, true, "2022"),
    obs("so-tai-chinh", "ddci_total", 75),
    obs("so-tai-chinh", "ddci_time", 8)
  ];
  const classifications = [{unitId: "448", period: "2021", classification: "Trung bình"}, {unitId: "448", period: "2022", classification: "Khá"}];

  it("ranks the units given by total, best first, ties sharing a rank, with the classification of the year", () => {
    const rows = ddciTableRows(observations, classifications, {unitIds: ["448", "436", "437"], period: "2021"});
    expect(rows.map((r) => [r.unitId, r.rank, r.of])).toEqual([
      ["436", 1, 3],
      ["437", 1, 3],
      ["448", 3, 3]
    ]);
    expect(rows[2]).toMatchObject({total: 54.52, responses: 56, classification: "Trung bình", sample: false, observed: true, sources: ["ddci-2021-loc-ha.csv"]});
    expect(rows[0]!.classification).toBeNull();
  });

  it("leaves a component the unit is not scored on as null, not 0", () => {
    const [row] = ddciTableRows(observations, [], {unitIds: ["so-tai-chinh"], period: "2021"});
    expect(row!.components.ddci_time).toBe(8);
    expect(row!.components.ddci_land).toBeNull();
    expect(row!.responses).toBeNull();
    expect(Object.keys(row!.components)).toHaveLength(9);
  });

  it("puts a unit with no figure that year last, unranked and marked unobserved", () => {
    const rows = ddciTableRows(observations, [], {unitIds: ["449", "448"], period: "2021"});
    expect(rows.map((r) => [r.unitId, r.rank, r.observed, r.sample])).toEqual([
      ["448", 1, true, false],
      ["449", null, false, false]
    ]);
  });
});
