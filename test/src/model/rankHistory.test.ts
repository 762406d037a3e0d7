import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {rankHistory} from "../../../src/model/rankHistory.ts";

function obs(unitId: string, period: string, value: number | null, sample = true): Observation {
  return {unitId, indicator: "ddci_total", period, grain: "year", value, numerator: null, denominator: null, source: `ddci-${period}.xlsx`, sample};
}

describe("rankHistory", () => {
  const observations = [
    obs("448", "2021", 54.52, false),
    obs("436", "2021", 70),
    obs("437", "2021", 60),
    obs("448", "2022", 61),
    obs("436", "2022", 61),
    obs("437", "2022", 65),
    obs("436", "2023", 66),
    obs("437", "2023", 64),
    obs("so-tai-chinh", "2021", 99)
  ];

  it("gives the unit's value, rank among its peers and how many were ranked, per year", () => {
    const history = rankHistory(observations, {unitId: "448", peers: ["436", "437", "448"], indicator: "ddci_total", better: "higher"});
    expect(history).toEqual([
      {period: "2021", value: 54.52, rank: 3, of: 3, sample: false, source: "ddci-2021.xlsx"},
      {period: "2022", value: 61, rank: 2, of: 3, sample: true, source: "ddci-2022.xlsx"},
      {period: "2023", value: null, rank: null, of: 2, sample: false, source: ""}
    ]);
  });

  it("ranks lower-is-better indicators from the smallest value", () => {
    const history = rankHistory(observations, {unitId: "448", peers: ["436", "437", "448"], indicator: "ddci_total", better: "lower"});
    expect(history[0]!.rank).toBe(1);
  });
});
