import {describe, expect, it} from "vitest";
import {sumCounts} from "../../../src/rates/sumCounts.ts";

describe("sumCounts", () => {
  it("recomputes the rate from summed counts instead of averaging rates", () => {
    // Rates 0.9 and 0.1; their mean would be 0.5, the true rate is 91/110.
    const rows = [
      {numerator: 90, denominator: 100},
      {numerator: 1, denominator: 10}
    ];
    expect(sumCounts(rows)).toEqual({numerator: 91, denominator: 110, value: 91 / 110});
  });

  it("is null throughout when any row lacks a count", () => {
    const all = {numerator: null, denominator: null, value: null};
    expect(sumCounts([{numerator: 90, denominator: 100}, {numerator: null, denominator: 10}])).toEqual(all);
    expect(sumCounts([{numerator: 90, denominator: 100}, {numerator: 1, denominator: null}])).toEqual(all);
  });

  it("is null for an empty list", () => {
    expect(sumCounts([])).toEqual({numerator: null, denominator: null, value: null});
  });

  it("keeps the sums but no rate when the summed denominator is 0", () => {
    expect(sumCounts([{numerator: 0, denominator: 0}])).toEqual({numerator: 0, denominator: 0, value: null});
  });
});
