import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {foldVietnamese} from "../../../src/text/foldVietnamese.ts";

describe("foldVietnamese", () => {
  it("removes tones and vowel marks, maps đ to d and lowercases", () => {
    expect(foldVietnamese("Thạch Kim")).toBe("thach kim");
    expect(foldVietnamese("Hộ Độ")).toBe("ho do");
    expect(foldVietnamese("ĐÔNG KINH")).toBe("dong kinh");
    expect(foldVietnamese("Ích Hậu")).toBe("ich hau");
  });

  it("folds NFC and NFD input alike", () => {
    const nfc = "Thạch Kim".normalize("NFC");
    const nfd = "Thạch Kim".normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });

  it("folds old and new tone placement alike", () => {
    expect(foldVietnamese("Hoà")).toBe(foldVietnamese("Hòa"));
    expect(foldVietnamese("Thuỷ")).toBe(foldVietnamese("Thủy"));
  });

  it("collapses runs of whitespace, including non-breaking spaces, and trims", () => {
    expect(foldVietnamese("  Xuân \t Lộc\u00a0\u00a0Hà \n")).toBe("xuan loc ha");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({unit: "grapheme"}), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
      })
    );
  });

  it("folds the NFC and NFD forms of any string alike", () => {
    const vietnamese = fc.string({unit: fc.constantFrom(..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ \u0300\u0301\u0303\u0309\u0323")});
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({unit: "grapheme"})), (s) => {
        expect(foldVietnamese(s.normalize("NFD"))).toBe(foldVietnamese(s.normalize("NFC")));
      })
    );
  });
});
