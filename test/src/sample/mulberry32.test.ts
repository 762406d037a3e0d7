import {describe, expect, it} from "vitest";
import {mulberry32} from "../../../src/sample/mulberry32.ts";

const draw = (seed: number, n: number): number[] => {
  const random = mulberry32(seed);
  return Array.from({length: n}, () => random());
};

describe("mulberry32", () => {
  it("gives the same sequence for the same seed", () => {
    expect(draw(20240201, 50)).toEqual(draw(20240201, 50));
  });

  it("gives different sequences for different seeds", () => {
    expect(draw(20240201, 50)).not.toEqual(draw(20240202, 50));
    expect(draw(0, 50)).not.toEqual(draw(1, 50));
  });

  it("does not repeat one value", () => {
    expect(new Set(draw(7, 1000)).size).toBe(1000);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const values = draw(42, 10_000);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)]!++;
    for (const count of deciles) expect(count).toBeGreaterThan(850);
  });
});
