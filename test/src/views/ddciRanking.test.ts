import {describe, expect, it} from "vitest";
import {ddciRanking} from "../../../src/views/ddciRanking.ts";

const rows = [
  {unitId: "b", total: 70, rank: 1, of: 3},
  {unitId: "a", total: 60, rank: 2, of: 3},
  {unitId: "c", total: 50, rank: 3, of: 3},
  {unitId: "d", total: null, rank: null, of: 3}
];

describe("ddciRanking", () => {
  it("gives the followed unit, the highest and lowest, and the units without a total", () => {
    const r = ddciRanking(rows, {focusId: "a"});
    expect(r.focus?.rank).toBe(2);
    expect(r.highest?.unitId).toBe("b");
    expect(r.lowest?.unitId).toBe("c");
    expect(r.notScored).toEqual(["d"]);
  });
  it("has no focus when the followed unit is not scored", () => {
    expect(ddciRanking(rows, {focusId: "d"}).focus).toBeNull();
  });
});
