import {describe, expect, it} from "vitest";
import {percentAsShown} from "../../../src/format/percentAsShown.ts";

describe("percentAsShown", () => {
  it("rounds a share to the percentage shown on the page", () => {
    expect(percentAsShown(0.7878787878787878)).toBe(78.8);
    expect(percentAsShown(0.068, 0)).toBe(7);
    expect(percentAsShown(1)).toBe(100);
  });
  it("keeps missing as missing, never 0", () => {
    expect(percentAsShown(null)).toBeNull();
    expect(percentAsShown(undefined)).toBeNull();
    expect(percentAsShown(Number.NaN)).toBeNull();
  });
});
