import {describe, expect, it} from "vitest";
import {periodsBetween} from "../../../src/period/periodsBetween.ts";

describe("periodsBetween", () => {
  it("lists the quarters that overlap a range of months, partly covered ones included", () => {
    expect(periodsBetween("2024-02", "2024-07", "quarter")).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
  });

  it("lists months and years across a year end", () => {
    expect(periodsBetween("2024-11", "2025-02", "month")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(periodsBetween("2024-11", "2026-02", "year")).toEqual(["2024", "2025", "2026"]);
  });

  it("is empty when the range is backwards, and throws on a malformed month", () => {
    expect(periodsBetween("2025-01", "2024-12", "month")).toEqual([]);
    expect(() => periodsBetween("2024-13", "2025-01", "month")).toThrow(/Malformed month/);
  });
});
