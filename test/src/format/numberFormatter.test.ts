import {describe, expect, it} from "vitest";
import {numberFormatter} from "../../../src/format/numberFormatter.ts";

describe("numberFormatter", () => {
  it("uses Vietnamese or English separators", () => {
    expect(numberFormatter(",.1f", "vi")(1234.5)).toBe("1.234,5");
    expect(numberFormatter(",.1f", "en")(1234.5)).toBe("1,234.5");
  });

  it("uses the Vietnamese currency suffix", () => {
    expect(numberFormatter("$,.0f", "vi")(15000)).toBe("15.000 ₫");
    expect(numberFormatter("$,.0f", "en")(15000)).toBe("15,000 VND");
  });

  it("prints negatives with an ASCII hyphen, which Excel reads back", () => {
    expect(numberFormatter(",.0f", "vi")(-1234)).toBe("-1.234");
  });
});
