import {describe, expect, it} from "vitest";
import {matchesSearch} from "../../../src/text/matchesSearch.ts";

describe("matchesSearch", () => {
  it("ignores accents, case and đ/d", () => {
    expect(matchesSearch("thach kim", "Xã Thạch Kim")).toBe(true);
    expect(matchesSearch("ho do", "Xã Hộ Độ")).toBe(true);
    expect(matchesSearch("dong", "Đông Kinh")).toBe(true);
    expect(matchesSearch("THẠCH", "xã thạch bằng")).toBe(true);
  });

  it("needs every word, in any order", () => {
    expect(matchesSearch("kim thach", "Xã Thạch Kim")).toBe(true);
    expect(matchesSearch("thach loc", "Xã Thạch Kim")).toBe(false);
  });

  it("matches everything with an empty or blank query", () => {
    expect(matchesSearch("", "Xã Mai Phụ")).toBe(true);
    expect(matchesSearch("   ", "Xã Mai Phụ")).toBe(true);
  });

  it("does not match text that lacks the query", () => {
    expect(matchesSearch("ich hau", "Xã Hộ Độ")).toBe(false);
  });
});
