import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseVietnameseNumber} from "../../../src/format/parseVietnameseNumber.ts";

const value = (raw: unknown, options?: {percent?: boolean}): number | null | "error" => {
  const parsed = parseVietnameseNumber(raw, options);
  return parsed.ok ? parsed.value : "error";
};

describe("parseVietnameseNumber", () => {
  it("passes finite numbers through and rejects others", () => {
    expect(value(12.5)).toBe(12.5);
    expect(value(0)).toBe(0);
    expect(value(Number.NaN)).toBe("error");
    expect(value(Number.POSITIVE_INFINITY)).toBe("error");
  });

  it("reads blanks and dashes as missing, not zero", () => {
    for (const blank of [null, undefined, "", "   ", "\u00a0", "-", "–", "—"]) expect(value(blank)).toBeNull();
  });

  it("reports Excel errors", () => {
    for (const error of ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]) {
      expect(parseVietnameseNumber(error)).toEqual({ok: false, expected: "a number (found an Excel error)"});
    }
  });

  it("reads a decimal comma and thousands dots", () => {
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1.234")).toBe(1234);
    expect(value("1.234.567")).toBe(1234567);
    expect(value("12,3")).toBe(12.3);
    expect(value("1,234")).toBe(1.234);
  });

  it("reads a single dot not followed by exactly three digits as a decimal point", () => {
    expect(value("1234.5")).toBe(1234.5);
    expect(value("54.52")).toBe(54.52);
    expect(value("0.123")).toBe(0.123);
    expect(value("1234.567")).toBe(1234.567);
  });

  it("reads spaces, including no-break spaces, as thousands separators", () => {
    expect(value("1 234")).toBe(1234);
    expect(value("1\u00a0234\u00a0567,5")).toBe(1234567.5);
    expect(value("  42 ")).toBe(42);
  });

  it("reads signs", () => {
    expect(value("-1.234,5")).toBe(-1234.5);
    expect(value("+7")).toBe(7);
    expect(value("\u22123")).toBe(-3);
  });

  it("divides by 100 for a trailing %, with or without the percent option", () => {
    expect(value("12,3%")).toBe(0.123);
    expect(value("12,3 %", {percent: true})).toBe(0.123);
    expect(value("100%")).toBe(1);
  });

  it("with the percent option reads bare text as percent points but leaves JS numbers alone", () => {
    expect(value("12,5", {percent: true})).toBe(0.125);
    expect(value(0.125, {percent: true})).toBe(0.125);
  });

  it("rejects other text with a hint", () => {
    for (const bad of ["abc", "1,234.5", "1.23.4", "1,2,3", "12 34", "1.2345.678", "%", "+", "1e5", ",5"]) {
      expect(parseVietnameseNumber(bad), bad).toEqual({ok: false, expected: "a number such as 1.234 or 12,5"});
    }
    expect(parseVietnameseNumber(true)).toEqual({ok: false, expected: "a number such as 1.234 or 12,5"});
    expect(parseVietnameseNumber("abc", {percent: true})).toEqual({ok: false, expected: "a percentage such as 12,5% or 12,5"});
  });

  it("never throws and always answers ok true or false", () => {
    const text = fc.string({unit: fc.constantFrom(..."0123456789.,% -+−#\u00a0aN/!")});
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({unit: "grapheme"}), text), fc.boolean(), (raw, percent) => {
        const parsed = parseVietnameseNumber(raw, {percent});
        expect(typeof parsed.ok).toBe("boolean");
        if (parsed.ok) expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.expected).toMatch(/\S/);
      }),
      {numRuns: 500}
    );
  });
});
