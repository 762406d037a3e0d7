import {describe, expect, it} from "vitest";
import {trendDomain} from "../../../src/views/trendDomain.ts";

describe("trendDomain", () => {
  it("fits a 2–15% share from zero to just above its top, not to 100%", () => {
    const [low, high] = trendDomain([0.02, 0.07, null, 0.15], "share");
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(0.15);
    expect(high).toBeLessThan(0.2);
  });

  it("never runs a share past 100%", () => {
    expect(trendDomain([0.4, 0.99], "share")).toEqual([0, 1]);
  });

  it("starts counts at zero", () => {
    expect(trendDomain([120, 140], "count")).toEqual([0, 147]);
  });

  it("fits scores to their range instead of zero", () => {
    const [low, high] = trendDomain([58, 62, 66], "score");
    expect(low).toBeCloseTo(57.6);
    expect(high).toBeCloseTo(66.4);
  });

  it("leaves missing values out and keeps an axis when there is nothing", () => {
    expect(trendDomain([null, Number.NaN, undefined], "share")).toEqual([0, 1]);
    expect(trendDomain([], "score")).toEqual([0, 1]);
    expect(trendDomain([0, 0], "share")).toEqual([0, 1]);
  });

  it("keeps a negative change below zero", () => {
    expect(trendDomain([-0.1, 0.2], "share")[0]).toBeCloseTo(-0.105);
  });
});
