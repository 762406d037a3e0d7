import {describe, expect, it} from "vitest";
import {normalizeUnitName} from "../../../src/text/normalizeUnitName.ts";

describe("normalizeUnitName", () => {
  it("strips the administrative type word", () => {
    expect(normalizeUnitName("Xã Xuân Lộc")).toBe("xuan loc");
    expect(normalizeUnitName("Thị trấn Lộc Hà")).toBe("loc ha");
    expect(normalizeUnitName("Phường Bắc Hồng")).toBe("bac hong");
    expect(normalizeUnitName("Huyện Lộc Hà")).toBe("loc ha");
    expect(normalizeUnitName("Thị xã Hồng Lĩnh")).toBe("hong linh");
    expect(normalizeUnitName("Tỉnh Hà Tĩnh")).toBe("ha tinh");
  });

  it("strips abbreviations, with or without their dot where both are written", () => {
    expect(normalizeUnitName("TT. Lộc Hà")).toBe("loc ha");
    expect(normalizeUnitName("TT Lộc Hà")).toBe("loc ha");
    expect(normalizeUnitName("TP.Hà Tĩnh")).toBe("ha tinh");
    expect(normalizeUnitName("P. Nam Hồng")).toBe("nam hong");
    expect(normalizeUnitName("H. Lộc Hà")).toBe("loc ha");
  });

  it("strips stacked prefixes such as UBND + xã", () => {
    expect(normalizeUnitName("UBND xã Thạch Kim")).toBe("thach kim");
    expect(normalizeUnitName("Ủy ban nhân dân xã Thạch Kim")).toBe("thach kim");
    expect(normalizeUnitName("UBND huyện Lộc Hà")).toBe("loc ha");
  });

  it("strips whole words only", () => {
    expect(normalizeUnitName("Xuân Lộc")).toBe("xuan loc");
    expect(normalizeUnitName("Sơn Lộc")).toBe("son loc");
    expect(normalizeUnitName("Tân Lộc")).toBe("tan loc");
    expect(normalizeUnitName("Phù Lưu")).toBe("phu luu");
  });

  it("strips each prefix once, so a name starting with the same word keeps it", () => {
    expect(normalizeUnitName("Xã Xá Lượng")).toBe("xa luong");
  });

  it("turns punctuation into spaces and ignores case, accents and Unicode form", () => {
    expect(normalizeUnitName("Xã Hồng-Lộc (cũ)")).toBe("hong loc cu");
    expect(normalizeUnitName("XÃ THẠCH KIM".normalize("NFD"))).toBe("thach kim");
    expect(normalizeUnitName("xã Mai Phụ,")).toBe("mai phu");
  });

  it("returns the folded name when only type words remain", () => {
    expect(normalizeUnitName("Thị xã")).toBe("thi xa");
    expect(normalizeUnitName("Xã")).toBe("xa");
  });
});
