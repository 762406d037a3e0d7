import {describe, expect, test} from "vitest";
import {targetSeries} from "../../../src/plan/targetSeries.ts";
import {ADVICE, commune, DISTRICT, measured as m, POST_OFFICE} from "./planFixtures.ts";

const units = [DISTRICT, commune("A"), commune("B"), commune("C", null, "2024-06-30")];

describe("targetSeries", () => {
  test("each target quarter by quarter: share meeting, gap to 100%, units that did not report", () => {
    const data = [m("A", "3", "2024-Q1", 1), m("B", "3", "2024-Q1", 0), m("C", "3", "2024-Q1", 1), m("A", "3", "2024-Q3", 1), m("B", "3", "2024-Q3", 1), m("D", "5", "2024-Q1", 12, 12)];
    const series = targetSeries(data, [POST_OFFICE, ADVICE], ["2024-Q1", "2024-Q2", "2024-Q3"], units);
    expect(series.map((d) => [d.target, d.quarter, d.meeting, d.measured, d.share, d.missing])).toEqual([
      ["3", "2024-Q1", 2, 3, 2 / 3, []],
      // nobody reported in Q2: no share at all (never 0%), every commune listed as missing
      ["3", "2024-Q2", 0, 0, null, ["A", "B", "C"]],
      // C was merged on 2024-07-01: not owed in Q3
      ["3", "2024-Q3", 2, 2, 1, []],
      ["5", "2024-Q1", 1, 1, 1, []],
      ["5", "2024-Q2", 0, 0, null, ["D"]],
      ["5", "2024-Q3", 0, 0, null, ["D"]]
    ]);
    expect(series[0]!.gap).toBeCloseTo(1 / 3);
    expect(series[1]!.gap).toBeNull();
  });
});
