import {describe, expect, test} from "vitest";
import {QD766_FORMULAS} from "../../../src/qd766/qd766Formulas.ts";
import {qd766IndicatorScore} from "../../../src/qd766/qd766IndicatorScore.ts";

const f = (id: string) => QD766_FORMULAS.find((x) => x.id === id)!;

describe("qd766IndicatorScore: each formula on small literal cases", () => {
  test("on time (threshold 100%, 20 points): 9 of 10 on time earns 18, loses 2, 1 late", () => {
    expect(qd766IndicatorScore(f("on_time"), [{numerator: 9, denominator: 10}])).toEqual({numerator: 9, denominator: 10, rate: 0.9, points: 18, pointsLost: 2, failing: 1});
  });
  test("on time at the threshold: 10 of 10 loses nothing", () => {
    expect(qd766IndicatorScore(f("on_time"), [{numerator: 10, denominator: 10}]).pointsLost).toBe(0);
  });
  test.each(["online", "fully_online", "online_payment"])("%s (threshold 50%): at, above and below", (id) => {
    const max = f(id).maxPoints;
    expect(qd766IndicatorScore(f(id), [{numerator: 5, denominator: 10}]).points).toBe(max);
    expect(qd766IndicatorScore(f(id), [{numerator: 7, denominator: 10}]).points).toBe(max);
    expect(qd766IndicatorScore(f(id), [{numerator: 2, denominator: 10}]).points).toBeCloseTo(max * 0.4);
  });
  test.each(["digitised", "e_result"])("%s (threshold 100%): at, above (cannot be) and below", (id) => {
    expect(qd766IndicatorScore(f(id), [{numerator: 4, denominator: 4}]).points).toBe(11);
    expect(qd766IndicatorScore(f(id), [{numerator: 3, denominator: 4}]).points).toBeCloseTo(8.25);
  });
  test("months are pooled by counts, never by averaging rates", () => {
    // 1/1 and 1/9: mean rate 0.56, pooled 2/10
    expect(qd766IndicatorScore(f("on_time"), [{numerator: 1, denominator: 1}, {numerator: 1, denominator: 9}]).points).toBeCloseTo(4);
  });
  test("a zero pooled denominator is missing: no points, no loss, not zero", () => {
    expect(qd766IndicatorScore(f("online"), [{numerator: 0, denominator: 0}])).toEqual({numerator: 0, denominator: 0, rate: null, points: null, pointsLost: null, failing: null});
  });
  test("a month with nothing to count adds zero; a month not reported makes the period missing", () => {
    expect(qd766IndicatorScore(f("online"), [{numerator: 0, denominator: 0}, {numerator: 1, denominator: 4}]).points).toBe(3);
    expect(qd766IndicatorScore(f("online"), [{numerator: 1, denominator: 4}, undefined]).points).toBeNull();
  });
  test("every formula carries its source, threshold and the basis of each choice", () => {
    for (const x of QD766_FORMULAS) {
      expect(x.sourceVi).toContain("766/QĐ-TTg");
      expect(x.threshold).toBeGreaterThan(0);
      expect(x.threshold).toBeLessThanOrEqual(1);
    }
  });
  test("the estimable indicators fit within their groups", () => {
    const sum = (g: string) => QD766_FORMULAS.filter((x) => x.group === g).reduce((s, x) => s + x.maxPoints, 0);
    expect(sum("tien_do")).toBe(20);
    expect(sum("so_hoa")).toBe(22);
    expect(sum("truc_tuyen")).toBe(22);
  });
});
