import {describe, expect, it} from "vitest";
import {trendStatus} from "../../../src/model/trendStatus.ts";

const share = {better: "higher" as const, unit: "share" as const, target: null};

describe("trendStatus", () => {
  it("without a target, judges the change on a year earlier", () => {
    expect(trendStatus(share, 0.6, 0.55)).toBe("green");
    expect(trendStatus(share, 0.6, 0.6)).toBe("green");
    expect(trendStatus(share, 0.59, 0.6)).toBe("amber");
    expect(trendStatus(share, 0.55, 0.6)).toBe("red");
    expect(trendStatus(share, 0.6, null)).toBeNull();
    expect(trendStatus(share, null, 0.6)).toBeNull();
  });

  it("with a target, judges the gap to it", () => {
    const target = {...share, target: 1};
    expect(trendStatus(target, 1, 0.2)).toBe("green");
    expect(trendStatus(target, 0.96, 0.99)).toBe("amber");
    expect(trendStatus(target, 0.9, 0.5)).toBe("red");
  });

  it("turns the direction for lower-is-better figures and scales scores", () => {
    const rank = {better: "lower" as const, unit: "rank" as const, target: null};
    expect(trendStatus(rank, 20, 25, 63)).toBe("green");
    expect(trendStatus(rank, 26, 25, 63)).toBe("amber");
    expect(trendStatus(rank, 40, 25, 63)).toBe("red");
    const score = {better: "higher" as const, unit: "score" as const, target: null};
    expect(trendStatus(score, 54, 55, 100)).toBe("amber");
    expect(trendStatus(score, 50, 55, 100)).toBe("red");
  });
});
