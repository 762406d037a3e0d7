import {describe, expect, it} from "vitest";
import {biggestMovers} from "../../../src/model/biggestMovers.ts";
import type {Comparison} from "../../../src/model/compareToEarlier.ts";

const c = (unitId: string, changeFromYearAgo: number | null): Comparison => ({
  unitId, indicator: "x", period: "2024-10", value: 0.5, previousPeriod: "2024-09", previous: null, changeFromPrevious: null,
  yearAgoPeriod: "2023-10", yearAgo: null, changeFromYearAgo
});

describe("biggestMovers", () => {
  it("lists the largest gains and losses, leaving out unknown changes", () => {
    const movers = biggestMovers([c("a", 0.1), c("b", -0.2), c("c", 0.3), c("d", null), c("e", -0.01), c("f", 0)], "higher", 2);
    expect(movers.improved.map((m) => m.unitId)).toEqual(["c", "a"]);
    expect(movers.worsened.map((m) => m.unitId)).toEqual(["b", "e"]);
  });

  it("counts a fall as an improvement when lower is better", () => {
    const movers = biggestMovers([c("a", -5), c("b", 3)], "lower");
    expect(movers.improved.map((m) => m.unitId)).toEqual(["a"]);
    expect(movers.worsened.map((m) => m.unitId)).toEqual(["b"]);
  });
});
