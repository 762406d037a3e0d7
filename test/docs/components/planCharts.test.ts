// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {activityChart, peakCaption, targetChart} from "../../../docs/components/planCharts.js";
import {monthlyActivity} from "../../../src/plan/monthlyActivity.ts";
import {act} from "../../src/plan/planFixtures.ts";

const PEAKS = [
  {period: "2024-Q3", item: "3", nameVi: "Cuộc thi viết sáng kiến về cải cách hành chính (Quý III/2024)", nameEn: "Initiative contest (Q3 2024)"},
  {period: "2024-10", item: "4", nameVi: "Tháng hành động vì sự phát triển của doanh nghiệp (10/2024)", nameEn: "Month of action (October 2024)"}
];
const TARGETS = [
  {id: "1", titleVi: "Chuyên mục CCHC", titleEn: "CCHC section", textVi: "x", measures: []},
  {id: "3", titleVi: "Bưu điện văn hóa xã", titleEn: "Post offices", textVi: "x", measures: []}
];

describe("activityChart", () => {
  it("marks the plan's peaks as numbered bands named in the caption, and a month with no report as '?'", () => {
    const activity = monthlyActivity([act("A", "13", "2024-01", 3, "broadcast"), act("A", "4", "2024-10", 9)], "2024-01", "2024-10", ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-10"]);
    const figure = activityChart(activity, {width: 640, from: "2024-01", to: "2024-12", asOf: "2024-10-31", peaks: PEAKS}) as HTMLElement;
    const bands = [...figure.querySelectorAll("rect[aria-label^='Cao điểm']")].map((r) => r.getAttribute("aria-label"));
    expect(bands).toEqual([`Cao điểm: ${PEAKS[0]!.nameVi}`, `Cao điểm: ${PEAKS[1]!.nameVi}`]);
    const caption = figure.querySelector("figcaption")!.textContent!;
    expect(caption).toContain("① Cuộc thi viết sáng kiến");
    expect(caption).toContain("② Tháng hành động");
    expect(caption).toContain("Nền xám: các tháng sau ngày xem"); // November and December are after 31/10
    // September has no report: "?" at its foot, not a zero-height bar
    const marks = [...figure.querySelectorAll("text")].filter((t) => t.textContent!.startsWith("?"));
    expect(marks).toHaveLength(1);
    expect(marks[0]!.querySelector("title")?.textContent).toBe("Chưa có báo cáo cho tháng này");
  });
});

describe("targetChart", () => {
  it("draws a share and its gap to 100% per target and quarter, and says when a quarter has no data", () => {
    const series = [
      {target: "1", quarter: "2024-Q1", measured: 4, meeting: 3, share: 0.75, gap: 0.25, missing: []},
      {target: "3", quarter: "2024-Q1", measured: 0, meeting: 0, share: null, gap: null, missing: ["A"]}
    ];
    const figure = targetChart(series, {width: 640, targets: TARGETS, from: "2024-01", to: "2024-12", asOf: "2024-03-31", peaks: PEAKS}) as HTMLElement;
    const texts = [...figure.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("75%");
    expect(texts).toContain("chưa có số liệu");
    // one share bar and one gap bar (the quarter without data draws neither)
    expect(figure.querySelectorAll("g[fill='#4f9a63'] rect")).toHaveLength(1);
    expect(figure.querySelectorAll("g[fill='#f2c4c0'] rect")).toHaveLength(1);
    expect(texts).toContain("1. Chuyên mục CCHC");
    expect(figure.querySelector("figcaption")!.textContent).toContain("Khung nét đứt: cao điểm theo kế hoạch");
  });
});

describe("peakCaption", () => {
  it("is empty for a plan without peaks, English on request", () => {
    expect(peakCaption([])).toBe("");
    expect(peakCaption(PEAKS, "en")).toBe("Yellow bands: peak periods in the plan — ① Initiative contest (Q3 2024); ② Month of action (October 2024).");
  });
});
