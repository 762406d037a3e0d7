// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {indexSourceNote} from "../../../docs/components/indexSourceNote.js";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {sourceLink} from "../../../docs/components/sourceLink.js";

describe("sourceLink", () => {
  it("links an http(s) address, by the address or by its host", () => {
    const link = sourceLink(" https://ddcihatinh.vn/ho-so/bang ") as HTMLElement;
    expect(link.tagName).toBe("A");
    expect(link.getAttribute("href")).toBe("https://ddcihatinh.vn/ho-so/bang");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link.textContent).toBe("https://ddcihatinh.vn/ho-so/bang");
    expect((sourceLink("https://pcivietnam.vn/ho-so-tinh/ha-tinh", {hostOnly: true}) as HTMLElement).textContent).toBe("pcivietnam.vn");
  });

  it.each(["javascript:alert(document.domain)//", "Báo cáo của Sở Nội vụ", "<img src=x onerror=alert(1)>", "//evil.example"])("shows %j as text, never as a link or markup", (value) => {
    for (const hostOnly of [false, true]) {
      const node = sourceLink(value, {hostOnly}) as HTMLElement;
      expect(node.tagName).toBe("SPAN");
      expect(node.textContent).toBe(value);
      expect(node.querySelector("a, img")).toBeNull();
    }
  });
});

describe("indexSourceNote", () => {
  it("names a real source whose address is not a web address as text", () => {
    const meta = {dataThrough: "2021", sources: [{kind: "ddci-table", file: "ddci-2021.csv", sample: false, sourceUrl: "javascript:alert(1)//"}]};
    const note = indexSourceNote(meta, {kinds: [{kind: "ddci-table", titleVi: "Bảng kết quả DDCI", titleEn: "DDCI table"}]}) as HTMLElement;
    expect(note.textContent).toContain("Bảng kết quả DDCI — ddci-2021.csv (javascript:alert(1)//)");
    expect(note.querySelector("a")).toBeNull();
  });
});
