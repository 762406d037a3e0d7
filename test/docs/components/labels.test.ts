// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {sampleBadge, sourceLine} from "../../../docs/components/labels.js";

describe("labels", () => {
  it("badges sample figures in the page's language, and nothing for real ones", () => {
    const vi = sampleBadge(true) as HTMLElement;
    expect(vi.className).toBe("sample-badge");
    expect(vi.textContent).toBe("Dữ liệu mẫu");
    expect(vi.title).toBe("Số liệu sinh tự động để minh hoạ, không phải số liệu thật");
    expect((sampleBadge(true, "en") as HTMLElement).textContent).toBe("Sample data");
    expect((sampleBadge(false) as HTMLElement).textContent).toBe("");
  });

  it("names the source, its files and the data date", () => {
    const meta = {sources: Array.from({length: 1200}, () => ({})), dataThrough: "2026-10", sample: true};
    expect((sourceLine(meta) as HTMLElement).textContent).toBe("Nguồn: báo cáo mẫu sinh tự động (1.200 tệp); số liệu đến T10/2026.");
    expect((sourceLine({...meta, sample: false, dataThrough: null}, "en") as HTMLElement).textContent).toBe("Source: units' monthly TTHC reports (1,200 files); data through –.");
  });
});
