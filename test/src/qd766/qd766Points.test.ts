import {describe, expect, test} from "vitest";
import {qd766Points} from "../../../src/qd766/qd766Points.ts";

describe("qd766Points: full at the threshold, proportional below", () => {
  test("at the threshold: full points", () => expect(qd766Points(0.5, 0.5, 6)).toBe(6));
  test("above the threshold: full points, never more", () => expect(qd766Points(0.9, 0.5, 6)).toBe(6));
  test("below the threshold: in proportion", () => expect(qd766Points(0.25, 0.5, 6)).toBe(3));
  test("threshold 100%: points are the rate times the maximum", () => expect(qd766Points(0.8, 1, 20)).toBeCloseTo(16));
  test("a rate of 0 earns 0; a missing rate earns nothing (null), never 0", () => {
    expect(qd766Points(0, 0.5, 6)).toBe(0);
    expect(qd766Points(null, 0.5, 6)).toBeNull();
  });
  test("a threshold of 0 is refused", () => expect(() => qd766Points(0.5, 0, 6)).toThrow(/threshold/));
});
