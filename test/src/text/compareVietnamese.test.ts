import {describe, expect, it} from "vitest";
import {compareVietnamese} from "../../../src/text/compareVietnamese.ts";

describe("compareVietnamese", () => {
  it("sorts in Vietnamese alphabet order, with Đ after D", () => {
    const names = ["Hà", "Đông", "Dương", "Bình", "Âu", "Ăn", "Anh", "Ích Hậu", "Ê"];
    expect([...names].sort(compareVietnamese)).toEqual(["Anh", "Ăn", "Âu", "Bình", "Dương", "Đông", "Ê", "Hà", "Ích Hậu"]);
  });

  it("puts Đông after Dương and before Hà", () => {
    expect(compareVietnamese("Đông", "Dương")).toBeGreaterThan(0);
    expect(compareVietnamese("Đông", "Hà")).toBeLessThan(0);
  });

  it("sorts numbers inside names by value", () => {
    expect(["Tổ 10", "Tổ 2"].sort(compareVietnamese)).toEqual(["Tổ 2", "Tổ 10"]);
  });

  it("gives names differing only in case or tone a fixed order", () => {
    expect(["Hà", "Ha"].sort(compareVietnamese)).toEqual(["Ha", "Hà"]);
    expect(["Ha", "Hà"].sort(compareVietnamese)).toEqual(["Ha", "Hà"]);
    expect(compareVietnamese("Lộc Hà", "Lộc Hà")).toBe(0);
  });
});
