// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {bumpChart} from "../../../docs/components/bumpChart.js";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {rankHeatmap} from "../../../docs/components/rankHeatmap.js";

const names: Record<string, string> = {a: "Xã Thạch Kim", b: "<img src=x onerror=alert(1)>"};
const unitName = (id: string): string => names[id] ?? id;

describe("bumpChart", () => {
  const ranks = [
    {unitId: "a", period: "2025-Q1", rank: 1, of: 12, value: 0.6},
    {unitId: "a", period: "2025-Q2", rank: null, of: 11, value: null},
    {unitId: "a", period: "2025-Q3", rank: 2, of: 5, value: 0.7},
    {unitId: "a", period: "2025-Q4", rank: 3, of: 5, value: 0.7},
    {unitId: "b", period: "2025-Q1", rank: 12, of: 12, value: 0.1},
    {unitId: "b", period: "2025-Q2", rank: 11, of: 11, value: 0.2}
  ];

  it("puts rank 1 at the top, breaks a line where a rank is missing and marks the reorganisation", () => {
    const chart = bumpChart(ranks, {width: 600, unitName, units: ["a", "b"], reorganisation: "2025-07-01"}) as Element;
    document.body.append(chart);
    const a = [...chart.querySelectorAll("g[aria-label='line'] path")].find((p) => p.querySelector("title")?.textContent === "Xã Thạch Kim")!;
    expect(a.getAttribute("d")!.match(/M/g)).toHaveLength(2);
    const ticks = [...chart.querySelectorAll("g[aria-label='y-axis tick label'] text")];
    const y = (label: string): number => Number(ticks.find((t) => t.textContent === label)!.getAttribute("transform")?.match(/,\s*([\d.]+)/)?.[1] ?? ticks.find((t) => t.textContent === label)!.getAttribute("y"));
    expect(y("1")).toBeLessThan(y("12"));
    expect(chart.textContent).toContain("Sắp xếp ĐVHC 01/7/2025");
  });

  it("writes unit names as text", () => {
    const chart = bumpChart(ranks, {width: 600, unitName}) as Element;
    expect(chart.querySelector("img")).toBeNull();
    expect(chart.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("rankHeatmap", () => {
  it("writes each rank in its cell and a dash where there is none", () => {
    const chart = rankHeatmap(
      [
        {indicator: "online_share", period: "2024-Q1", rank: 2, of: 12, value: 0.5},
        {indicator: "online_share", period: "2024-Q2", rank: null, of: 11, value: null},
        {indicator: "on_time_share", period: "2024-Q1", rank: 12, of: 12, value: 0.9}
      ],
      {width: 600, indicatorName: (id: string) => (id === "online_share" ? "Tỷ lệ trực tuyến" : "Tỷ lệ đúng hạn")}
    ) as Element;
    const texts = [...chart.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["2", "–", "12"]));
    expect(chart.textContent).toContain("Tỷ lệ trực tuyến");
  });
});
