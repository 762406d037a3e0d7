import {describe, expect, it} from "vitest";
import {withSiteFrame} from "../../../scripts/build/siteFrame.ts";

const PAGE = `<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body>\n<input id="observablehq-sidebar-toggle" type="checkbox">\n</body>\n</html>\n`;

describe("withSiteFrame", () => {
  it("writes the language on <html> and the skip link as the first thing in <body>", () => {
    const out = withSiteFrame(PAGE, "pci.html", "vi", "Bỏ qua, đến nội dung chính");
    expect(out).toContain('<html lang="vi">');
    expect(out).toMatch(/<body>\n<a class="skip-link" href="#observablehq-main">Bỏ qua, đến nội dung chính<\/a>\n<input/);
  });

  it("replaces an existing language and adds the skip link once, so running it twice changes nothing", () => {
    const once = withSiteFrame(PAGE.replace("<html>", '<html lang="en">'), "pci.html", "vi", "Skip");
    expect(once).toContain('<html lang="vi">');
    expect(withSiteFrame(once, "pci.html", "vi", "Skip")).toBe(once);
  });

  it("escapes the link's words and leaves the 404 page (whose <base> would misdirect it) without one", () => {
    expect(withSiteFrame(PAGE, "a.html", "vi", "<b>")).toContain(">&#60;b&#62;</a>");
    expect(withSiteFrame(PAGE, "404.html", "vi", "Skip")).not.toContain("skip-link");
  });

  it("refuses a page without <body>", () => {
    expect(() => withSiteFrame("<html><head></head></html>", "x.html", "vi", "Skip")).toThrow(/x\.html/);
  });
});
