import {describe, expect, it} from "vitest";
import {compareInWords} from "../../../src/views/compareInWords.ts";

const share = {better: "higher", unit: "share"} as const;

describe("compareInWords", () => {
  it("says better or worse in words with the change in points, and no mark of met or not met", () => {
    expect(compareInWords(share, 0.812, 0.797, "cùng kỳ", "vi")).toEqual({direction: "better", text: "tốt hơn cùng kỳ 1,5 điểm %"});
    expect(compareInWords(share, 0.782, 0.797, "cùng kỳ", "vi")).toEqual({direction: "worse", text: "kém hơn cùng kỳ 1,5 điểm %"});
    expect(compareInWords(share, 0.812, 0.797, "a year earlier", "en").text).toBe("better than a year earlier by 1.5 pp");
    for (const lang of ["vi", "en"] as const) expect(compareInWords(share, 0.9, 0.1, "x", lang).text).not.toMatch(/Đạt|✓|\bmet\b/);
  });

  it("follows which way is better: a fall is better when lower is better", () => {
    expect(compareInWords({better: "lower", unit: "score"}, 4, 4.5, "năm 2021", "vi")).toEqual({direction: "better", text: "tốt hơn năm 2021 0,50 điểm"});
  });

  it("calls a change that rounds to zero as shown 'the same', and a missing side unknown, never zero", () => {
    expect(compareInWords(share, 0.8001, 0.8, "cùng kỳ", "vi")).toEqual({direction: "same", text: "như cùng kỳ"});
    expect(compareInWords(share, 0.8, null, "cùng kỳ", "vi")).toEqual({direction: "unknown", text: "chưa có số liệu cùng kỳ"});
    expect(compareInWords(share, null, 0.8, "cùng kỳ", "vi").direction).toBe("unknown");
  });
});
