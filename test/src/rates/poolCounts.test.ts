import {describe, expect, test} from "vitest";
import {isRateRows} from "../../../src/rates/isRateRows.ts";
import {nothingToCount} from "../../../src/rates/nothingToCount.ts";
import {poolCounts} from "../../../src/rates/poolCounts.ts";

const missing = {numerator: null, denominator: null, value: null, complete: false};

describe("poolCounts: the one rule for adding up counts", () => {
  test("a rate is recomputed from the summed counts, never averaged", () => {
    // rates 0.9 and 0.1: their mean would be 0.5, the true rate is 91/110
    expect(poolCounts([{numerator: 90, denominator: 100}, {numerator: 1, denominator: 10}], true)).toEqual({numerator: 91, denominator: 110, value: 91 / 110, complete: true});
  });

  test("a row not reported makes the pool missing (a sum over fewer months would look real)", () => {
    expect(poolCounts([{numerator: 90, denominator: 100}, undefined], true)).toEqual(missing);
  });

  test("a row reported without its counts makes the pool missing", () => {
    expect(poolCounts([{numerator: 90, denominator: 100}, {numerator: null, denominator: 10}], true)).toEqual(missing);
    expect(poolCounts([{numerator: 90, denominator: 100}, {numerator: 1, denominator: null}], true)).toEqual(missing);
  });

  test("a month with nothing to count (0/0) is a report: it adds zero and the period stays complete", () => {
    expect(poolCounts([{numerator: 9, denominator: 10}, {numerator: 0, denominator: 0}, {numerator: 1, denominator: 10}], true)).toEqual({numerator: 10, denominator: 20, value: 0.5, complete: true});
  });

  test("the pooled rate is missing when the pooled denominator is 0, though every month reported", () => {
    expect(poolCounts([{numerator: 0, denominator: 0}, {numerator: 0, denominator: 0}], true)).toEqual({numerator: 0, denominator: 0, value: null, complete: true});
  });

  test("counts (no denominator) are summed; a zero count is a real zero", () => {
    expect(poolCounts([{numerator: 3, denominator: null}, {numerator: 0, denominator: null}], false)).toEqual({numerator: 3, denominator: null, value: 3, complete: true});
    expect(poolCounts([{numerator: 3, denominator: null}, undefined], false)).toEqual(missing);
  });

  test("no rows is missing", () => {
    expect(poolCounts([], true)).toEqual(missing);
    expect(poolCounts([], false)).toEqual(missing);
  });
});

describe("nothingToCount and isRateRows", () => {
  test("0 of 0 is 'không có hồ sơ'; 0 of 5 is a real 0%", () => {
    expect(nothingToCount({numerator: 0, denominator: 0})).toBe(true);
    expect(nothingToCount({numerator: 0, denominator: 5})).toBe(false);
    expect(nothingToCount({numerator: 0, denominator: null})).toBe(false);
  });

  test("rows with a denominator are a rate; unreported rows say nothing", () => {
    expect(isRateRows([undefined, {numerator: 1, denominator: 2}])).toBe(true);
    expect(isRateRows([undefined, {numerator: 1, denominator: null}])).toBe(false);
  });
});
