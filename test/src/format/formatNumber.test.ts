import {describe, expect, it} from "vitest";
import {formatNumber} from "../../../src/format/formatNumber.ts";

describe("formatNumber", () => {
  it("groups thousands with dots in Vietnamese and commas in English", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(1234567, {lang: "en"})).toBe("1,234,567");
  });

  it("prints a fixed number of decimals, none by default", () => {
    expect(formatNumber(54.52, {digits: 2})).toBe("54,52");
    expect(formatNumber(54.5, {digits: 2, lang: "en"})).toBe("54.50");
    expect(formatNumber(54.52)).toBe("55");
  });

  it("shows missing values as an en dash, never 0", () => {
    expect(formatNumber(null)).toBe("–");
    expect(formatNumber(undefined)).toBe("–");
    expect(formatNumber(Number.NaN)).toBe("–");
    expect(formatNumber(0)).toBe("0");
  });
});
