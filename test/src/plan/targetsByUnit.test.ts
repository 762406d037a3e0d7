import {describe, expect, test} from "vitest";
import {targetsByUnit} from "../../../src/plan/targetsByUnit.ts";
import {ADVICE, commune, DISTRICT, measured as m, POST_OFFICE} from "./planFixtures.ts";

const units = [DISTRICT, commune("A"), commune("B"), commune("C", null, "2024-06-30")];

describe("targetsByUnit", () => {
  test("units × targets × quarters: met, not met, not reported, not applicable", () => {
    const data = [m("A", "3", "2024-Q1", 1), m("B", "3", "2024-Q1", 0), m("A", "3", "2024-Q2", 1), m("D", "5", "2024-Q1", 9, 10)];
    const rows = targetsByUnit(data, [POST_OFFICE, ADVICE], ["2024-Q1", "2024-Q2"], units);
    const states = Object.fromEntries(rows.map((r) => [r.unitId, r.targets.map((t) => t.quarters.map((q) => q.state))]));
    expect(states).toEqual({
      D: [["n/a", "n/a"], ["not-met", "missing"]],
      A: [["met", "met"], ["n/a", "n/a"]],
      B: [["not-met", "missing"], ["n/a", "n/a"]],
      C: [["missing", "missing"], ["n/a", "n/a"]]
    });
    expect(rows.find((r) => r.unitId === "D")!.targets[1]!.quarters[0]!.measures[0]).toMatchObject({measure: "5", numerator: 9, denominator: 10, met: false});
  });

  test("a unit owing nothing in the quarters shown (merged before them) is left out", () => {
    const rows = targetsByUnit([m("A", "3", "2024-Q3", 1)], [POST_OFFICE], ["2024-Q3"], units);
    expect(rows.map((r) => r.unitId)).toEqual(["A", "B"]);
  });
});
