import {describe, expect, test} from "vitest";
import {periodRange} from "../../../src/period/periodRange.ts";

describe("periodRange: first and last month of a period id", () => {
  test("year, quarter, half and month", () => {
    expect(periodRange("2024")).toEqual({first: "2024-01", last: "2024-12"});
    expect(periodRange("2024-Q3")).toEqual({first: "2024-07", last: "2024-09"});
    expect(periodRange("2024-H1")).toEqual({first: "2024-01", last: "2024-06"});
    expect(periodRange("2024-10")).toEqual({first: "2024-10", last: "2024-10"});
  });

  test("anything else is an error naming the value", () => {
    expect(() => periodRange("Q3/2024")).toThrow(/"Q3\/2024"/);
    expect(() => periodRange("2024-13")).toThrow();
  });
});
