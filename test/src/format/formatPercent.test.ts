import {describe, expect, it} from "vitest";
import {formatPercent} from "../../../src/format/formatPercent.ts";

describe("formatPercent", () => {
  it("formats a share with one decimal by default, Vietnamese first", () => {
    expect(formatPercent(0.123)).toBe("12,3%");
    expect(formatPercent(0.123, {lang: "en"})).toBe("12.3%");
    expect(formatPercent(1)).toBe("100,0%");
  });

  it("takes the number of decimals", () => {
    expect(formatPercent(0.98765, {digits: 2})).toBe("98,77%");
    expect(formatPercent(0.5, {digits: 0})).toBe("50%");
  });

  it("shows missing values as an en dash, never 0%", () => {
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(undefined)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
  });

  it("shows a real zero as zero", () => {
    expect(formatPercent(0)).toBe("0,0%");
  });
});
