import {describe, expect, it} from "vitest";
import {median} from "../../../src/model/median.ts";

describe("median", () => {
  it("is the middle value of an odd count and the mean of the two middle values of an even count", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("leaves out missing values instead of counting them as 0", () => {
    expect(median([null, 6, undefined, 8, Number.NaN])).toBe(7);
  });

  it("is null when no value is present", () => {
    expect(median([null, null])).toBeNull();
    expect(median([])).toBeNull();
  });
});
