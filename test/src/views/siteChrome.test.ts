import {describe, expect, it} from "vitest";
import {siteChrome} from "../../../src/views/siteChrome.ts";

const AREA_VI = {shortName: "Cẩm Xuyên", name: "huyện Cẩm Xuyên cũ"};
const AREA_EN = {shortName: "Cẩm Xuyên", name: "former Cẩm Xuyên district"};

describe("siteChrome", () => {
  it("names the site and its footer after the area it is given, not a fixed one", () => {
    const vi = siteChrome("vi", AREA_VI);
    expect(vi.title).toBe("CCHC Cẩm Xuyên");
    expect(vi.footer).toContain("huyện Cẩm Xuyên cũ");
    expect(vi.pages["/ddci"]).toBe("DDCI Cẩm Xuyên");
    expect(JSON.stringify(vi)).not.toContain("Lộc Hà");
  });

  it("gives the same pages in both languages, in each language's words", () => {
    const vi = siteChrome("vi", AREA_VI);
    const en = siteChrome("en", AREA_EN);
    expect(Object.keys(en.pages).sort()).toEqual(Object.keys(vi.pages).sort());
    expect(vi.pages["/"]).toBe("Tổng quan");
    expect(en.pages["/"]).toBe("Overview");
    expect(en.footer).toContain("former Cẩm Xuyên district");
    expect(vi.skipLink).toBe("Bỏ qua, đến nội dung chính");
    expect(en.skipLink).toBe("Skip to main content");
    expect(vi.toggleSidebar("Alt-B")).toContain("Alt-B");
    expect(vi.myCommune).toBe("Xã của tôi");
    expect(vi.otherLanguage).toEqual({name: "English", lang: "en"});
    expect(en.otherLanguage).toEqual({name: "Tiếng Việt", lang: "vi"});
  });

  it("lists only page paths as pages", () => {
    const keys = Object.keys(siteChrome("vi", AREA_VI).pages);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.every((k) => k.startsWith("/"))).toBe(true);
  });
});
