import {describe, expect, it} from "vitest";
import {journeyYearOnYear} from "../../../src/views/journeyYearOnYear.ts";
import {counts} from "./journeyFixtures.ts";

describe("journeyYearOnYear", () => {
  it("compares each unit's online share with the same period a year earlier, largest gain first, the incomparable last", () => {
    const rows = [counts("a", "2023-10", 10, 5), counts("a", "2024-10", 10, 6), counts("b", "2023-10", 10, 1), counts("b", "2024-10", 10, 9), counts("c", "2024-10", 10, 9)];
    const result = journeyYearOnYear(rows, "2024-10", ["a", "b", "c"]);
    expect(result.yearAgoPeriod).toBe("2023-10");
    expect(result.rows.map((r) => r.unitId)).toEqual(["b", "a", "c"]);
    expect(result.rows[0]!.change).toBeCloseTo(0.8, 12);
    expect(result.rows[2]).toMatchObject({value: 0.9, yearAgo: null, change: null});
    expect(journeyYearOnYear(rows, "2024-Q4", ["a"]).yearAgoPeriod).toBe("2023-Q4");
  });
});
