import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {parsePciNumber} from "../../../src/pci/parsePciNumber.ts";

describe("parsePciNumber", () => {
  test("a dot is always a decimal point in a score, a comma too", () => {
    expect(parsePciNumber("5.822")).toEqual({ok: true, value: 5.822});
    expect(parsePciNumber("65.46217346191406")).toEqual({ok: true, value: 65.46217346191406});
    expect(parsePciNumber("6,35")).toEqual({ok: true, value: 6.35});
    expect(parsePciNumber(7.25)).toEqual({ok: true, value: 7.25});
  });

  test("blank, dashes and NA are missing, never 0", () => {
    for (const raw of ["", " ", "-", "NA", "na", null, undefined]) expect(parsePciNumber(raw)).toEqual({ok: true, value: null});
  });

  test("text and Excel errors are refused", () => {
    expect(parsePciNumber("cao").ok).toBe(false);
    expect(parsePciNumber("#DIV/0!").ok).toBe(false);
    expect(parsePciNumber(Number.NaN).ok).toBe(false);
  });
});

describe("parsePciNumber on arbitrary input", () => {
  test("never throws: a finite number, missing (null), or what was expected", () => {
    const text = fc.string({unit: fc.constantFrom(..."0123456789.,+-eE NA/#")});
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.date(), fc.string({unit: "grapheme"}), text), (raw) => {
        const parsed = parsePciNumber(raw);
        if (parsed.ok) expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.expected).not.toBe("");
      }),
      {numRuns: 300}
    );
  });
});
