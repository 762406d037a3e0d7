import {describe, expect, it} from "vitest";
import {withLangParam} from "../../../src/views/withLangParam.ts";

const PAGE = "http://127.0.0.1:3000/communes/18568?lang=en";

describe("withLangParam", () => {
  it("adds lang=en to links to other pages of the site, keeping the link relative", () => {
    expect(withLangParam("./pci", PAGE, "en")).toBe("./pci?lang=en");
    expect(withLangParam("../", PAGE, "en")).toBe("../?lang=en");
    expect(withLangParam("/communes/xa-loc-ha-2025", PAGE, "en")).toBe("/communes/xa-loc-ha-2025?lang=en");
  });

  it("keeps a link's own query and hash, putting lang before the hash", () => {
    expect(withLangParam("./?units=18568,18580&grain=year#ranking", PAGE, "en")).toBe("./?units=18568,18580&grain=year&lang=en#ranking");
    expect(withLangParam("./methodology#rates", PAGE, "en")).toBe("./methodology?lang=en#rates");
  });

  it("leaves Vietnamese pages' links alone: Vietnamese is the default", () => {
    expect(withLangParam("./pci", "http://127.0.0.1:3000/", "vi")).toBe("./pci");
  });

  it("leaves files, assets, other sites, same-page anchors and links that name a language alone", () => {
    for (const href of [
      "#observablehq-main",
      "../_file/data/tthc/observations.0a1b2c3d.arrow",
      "../_import/components/downloads.1234abcd.js",
      "./data/report.csv",
      "https://pcivietnam.vn/",
      "mailto:cchc@example.vn",
      "./pci?lang=vi",
      "./pci?lang=en",
      ""
    ]) {
      expect(withLangParam(href, PAGE, "en")).toBe(href);
    }
  });

  it("treats .html pages as pages", () => {
    expect(withLangParam("./plan.html", PAGE, "en")).toBe("./plan.html?lang=en");
  });
});
