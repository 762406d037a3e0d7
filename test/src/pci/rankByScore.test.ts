import {describe, expect, test} from "vitest";
import {rankByScore} from "../../../src/pci/rankByScore.ts";

describe("rankByScore", () => {
  test("ranks highest first; equal scores share a rank and the next is skipped", () => {
    const ranks = rankByScore(new Map([["a", 60], ["b", 70.5], ["c", 60], ["d", 55]]));
    expect(Object.fromEntries(ranks)).toEqual({b: 1, a: 2, c: 2, d: 4});
  });
});
