import {describe, expect, test} from "vitest";
import {formatRate} from "../../../src/format/formatRate.ts";

describe("formatRate", () => {
  test("a month with nothing to count reads 'không có hồ sơ', never 0% or a gap", () => {
    expect(formatRate({numerator: 0, denominator: 0, value: null})).toBe("không có hồ sơ");
    expect(formatRate({numerator: 0, denominator: 0, value: null}, {lang: "en"})).toBe("no dossiers");
  });

  test("a real 0 of 5 is 0%, a missing month is a dash", () => {
    expect(formatRate({numerator: 0, denominator: 5, value: 0})).toBe("0,0%");
    expect(formatRate({numerator: null, denominator: null, value: null})).toBe("–");
    expect(formatRate({numerator: 1, denominator: 8, value: 0.125}, {lang: "en"})).toBe("12.5%");
  });
});
