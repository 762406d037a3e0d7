import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {rankUnits} from "../../../src/model/rankUnits.ts";

const obs = (unitId: string, period: string, value: number | null): Observation => ({
  unitId, indicator: "x", period, grain: "month", value, numerator: null, denominator: null, source: "", sample: false
});

describe("rankUnits", () => {
  it("ranks best first, ties share a rank, missing values get none", () => {
    const ranks = rankUnits([obs("a", "2024-01", 0.5), obs("b", "2024-01", 0.7), obs("c", "2024-01", 0.5), obs("d", "2024-01", 0.2), obs("e", "2024-01", null)], "higher");
    expect(ranks.map((r) => [r.unitId, r.rank, r.of])).toEqual([
      ["b", 1, 4],
      ["a", 2, 4],
      ["c", 2, 4],
      ["d", 4, 4],
      ["e", null, 4]
    ]);
  });

  it("ranks lower-is-better indicators (e.g. a PCI rank) the other way, per period", () => {
    const ranks = rankUnits([obs("a", "2023", 10), obs("b", "2023", 3), obs("a", "2024", 1), obs("b", "2024", 9)], "lower");
    expect(ranks.filter((r) => r.rank === 1).map((r) => [r.period, r.unitId])).toEqual([
      ["2023", "b"],
      ["2024", "a"]
    ]);
  });
});
