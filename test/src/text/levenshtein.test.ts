import {describe, expect, it} from "vitest";
import {levenshtein} from "../../../src/text/levenshtein.ts";

describe("levenshtein", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("thach kim", "thach kim")).toBe(0);
    expect(levenshtein("thach kim", "thach kym")).toBe(1);
    expect(levenshtein("ho do", "hodo")).toBe(1);
  });

  it("handles empty strings", () => {
    expect(levenshtein("", "loc ha")).toBe(6);
    expect(levenshtein("loc ha", "")).toBe(6);
    expect(levenshtein("", "")).toBe(0);
  });

  it("is symmetric", () => {
    expect(levenshtein("xuan loc", "xuan lien")).toBe(levenshtein("xuan lien", "xuan loc"));
  });
});
