import {describe, expect, it} from "vitest";
import {rateFromCounts} from "../../../src/rates/rateFromCounts.ts";

describe("rateFromCounts", () => {
  it("divides the numerator by the denominator", () => {
    expect(rateFromCounts(45, 60)).toBe(0.75);
    expect(rateFromCounts(0, 60)).toBe(0);
  });

  it("is null, not 0, when a count is missing", () => {
    expect(rateFromCounts(null, 60)).toBeNull();
    expect(rateFromCounts(45, null)).toBeNull();
    expect(rateFromCounts(null, null)).toBeNull();
  });

  it("is null when the denominator is 0", () => {
    expect(rateFromCounts(0, 0)).toBeNull();
    expect(rateFromCounts(5, 0)).toBeNull();
  });

  it("is null for counts that are not finite", () => {
    expect(rateFromCounts(Number.NaN, 60)).toBeNull();
    expect(rateFromCounts(5, Number.POSITIVE_INFINITY)).toBeNull();
  });
});
