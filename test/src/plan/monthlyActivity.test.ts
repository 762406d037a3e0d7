import {describe, expect, test} from "vitest";
import {monthlyActivity} from "../../../src/plan/monthlyActivity.ts";
import {act} from "./planFixtures.ts";

describe("monthlyActivity", () => {
  test("sums counts per month and product type across units and tasks", () => {
    const a = monthlyActivity(
      [act("A", "13", "2024-01", 3, "broadcast"), act("B", "14.2", "2024-01", 5, "broadcast"), act("A", "1", "2024-01", 2), act("A", "1", "2024-02", 1)],
      "2024-01",
      "2024-02",
      ["2024-01", "2024-02"]
    );
    expect(a.rows).toEqual([
      {month: "2024-01", productType: "broadcast", count: 8},
      {month: "2024-01", productType: "article", count: 2},
      {month: "2024-02", productType: "article", count: 1}
    ]);
    expect(a.totals).toEqual([
      {month: "2024-01", count: 10},
      {month: "2024-02", count: 1}
    ]);
  });

  test("a month no report covers is missing (null), a covered month with nothing in it is 0", () => {
    const a = monthlyActivity([act("A", "1", "2024-01", 2)], "2024-01", "2024-03", ["2024-01", "2024-02"]);
    expect(a.totals).toEqual([
      {month: "2024-01", count: 2},
      {month: "2024-02", count: 0},
      {month: "2024-03", count: null}
    ]);
  });

  test("activities outside the range (after the as-of month, another year) are left out", () => {
    const a = monthlyActivity([act("A", "1", "2023-12", 4), act("A", "1", "2024-05", 4)], "2024-01", "2024-04", ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]);
    expect(a.rows).toEqual([]);
    expect(a.totals.map((t) => t.count)).toEqual([0, 0, 0, 0]);
  });
});
