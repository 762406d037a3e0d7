import {describe, expect, it} from "vitest";
import {formatChange} from "../../../src/format/formatChange.ts";

describe("formatChange", () => {
  it("gives a change in shares as percentage points, Vietnamese first", () => {
    expect(formatChange(0.5, 0.477, {unit: "share"})).toBe("+2,3 điểm %");
    expect(formatChange(0.5, 0.477, {unit: "share", lang: "en"})).toBe("+2.3 pp");
    expect(formatChange(0.4, 0.523, {unit: "share"})).toBe("-12,3 điểm %");
  });

  it("never calls a change in points a percentage change", () => {
    // 20% → 30% is +10 points, not +50%.
    expect(formatChange(0.3, 0.2, {unit: "share"})).toBe("+10,0 điểm %");
  });

  it("gives counts and scores in their own unit", () => {
    expect(formatChange(1250, 1238, {unit: "count"})).toBe("+12");
    expect(formatChange(1238, 2250, {unit: "count"})).toBe("-1.012");
    expect(formatChange(1238, 2250, {unit: "count", lang: "en"})).toBe("-1,012");
    expect(formatChange(67.85, 66.6, {unit: "score"})).toBe("+1,25 điểm");
    expect(formatChange(67.85, 66.6, {unit: "score", lang: "en", digits: 1})).toBe("+1.3 points");
  });

  it("adds the relative change for counts when asked", () => {
    expect(formatChange(210, 200, {unit: "count", relative: true})).toBe("+10 (+5,0%)");
    expect(formatChange(190, 200, {unit: "count", relative: true, lang: "en"})).toBe("-10 (-5.0%)");
    expect(formatChange(5, 0, {unit: "count", relative: true})).toBe("+5");
    expect(formatChange(0.3, 0.2, {unit: "share", relative: true})).toBe("+10,0 điểm %");
  });

  it("shows no sign for a change that rounds to zero", () => {
    expect(formatChange(0.5, 0.5, {unit: "share"})).toBe("0,0 điểm %");
    expect(formatChange(0.50001, 0.5, {unit: "share"})).toBe("0,0 điểm %");
    expect(formatChange(0.49999, 0.5, {unit: "share"})).toBe("0,0 điểm %");
    expect(formatChange(7, 7, {unit: "count"})).toBe("0");
  });

  it("shows an unknown change as an en dash when either value is missing, never 0", () => {
    expect(formatChange(null, 0.5, {unit: "share"})).toBe("–");
    expect(formatChange(0.5, null, {unit: "share"})).toBe("–");
    expect(formatChange(undefined, 3, {unit: "count"})).toBe("–");
    expect(formatChange(Number.NaN, 3, {unit: "score"})).toBe("–");
    expect(formatChange(3, Number.POSITIVE_INFINITY, {unit: "count"})).toBe("–");
  });

  it("counts from a real zero", () => {
    expect(formatChange(0.25, 0, {unit: "share"})).toBe("+25,0 điểm %");
    expect(formatChange(0, 4, {unit: "count"})).toBe("-4");
  });
});
