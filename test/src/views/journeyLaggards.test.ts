import {describe, expect, it} from "vitest";
import {journeyLaggards} from "../../../src/views/journeyLaggards.ts";
import {counts} from "./journeyFixtures.ts";

describe("journeyLaggards", () => {
  it("ranks units on 12 months of summed counts, and lists a unit missing a month unranked with that month", () => {
    const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"];
    const rows = [...months.map((m) => counts("a", m, 10, 5)), ...months.map((m) => counts("b", m, 10, 8)), ...months.slice(1).map((m) => counts("c", m, 10, 10))];
    const result = journeyLaggards(rows, "2024-12", ["a", "b", "c", "gone"]);
    expect(result.from).toBe("2024-01");
    expect(result.ranked.map((r) => [r.unitId, r.online, r.received])).toEqual([["b", 0.8, 120], ["a", 0.5, 120]]);
    expect(result.unranked).toEqual([expect.objectContaining({unitId: "c", online: null, missingMonths: ["2024-01"]})]);
  });
});
