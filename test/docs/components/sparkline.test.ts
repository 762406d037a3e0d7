// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {sparkline} from "../../../docs/components/sparkline.js";
import {formatPercent} from "../../../src/format/formatPercent.ts";

const series = [
  {period: "2024-03", value: 0.4},
  {period: "2024-01", value: 0.2},
  {period: "2024-02", value: 0.3},
  {period: "2024-04", value: null},
  {period: "2024-05", value: 0.5},
  {period: "2024-06", value: 0.55}
];

describe("sparkline", () => {
  it("is a small SVG without axes, described for screen readers", () => {
    const svg = sparkline(series, {width: 100, label: "Trực tuyến, Xã Thạch Kim", format: (v: number) => formatPercent(v)}) as SVGSVGElement;
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.getAttribute("width")).toBe("100");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Trực tuyến, Xã Thạch Kim: từ 20,0% (T1/2024) đến 55,0% (T6/2024); 1 kỳ thiếu số liệu");
    expect(svg.querySelector("[aria-label$='axis'], [aria-label*='axis ']")).toBeNull();
  });

  it("breaks the line at a missing value instead of drawing it as 0", () => {
    const svg = sparkline(series) as SVGSVGElement;
    const d = svg.querySelector("g[aria-label='line'] path")?.getAttribute("d") ?? "";
    expect(d.match(/M/g)?.length).toBe(2);
  });

  it("shows a value alone between gaps as a dot", () => {
    const svg = sparkline([
      {period: "2024-01", value: 1},
      {period: "2024-02", value: null},
      {period: "2024-03", value: 2},
      {period: "2024-04", value: null},
      {period: "2024-05", value: 3}
    ]) as SVGSVGElement;
    // January and March stand alone; May is the last value, marked once
    expect(svg.querySelectorAll("g[aria-label='dot'] circle").length).toBe(3);
  });

  it("is a dash with words when every value is missing", () => {
    const empty = sparkline([{period: "2024-01", value: null}], {label: "Hộ Độ"}) as HTMLElement;
    expect(empty.textContent).toBe("–");
    expect(empty.getAttribute("aria-label")).toBe("Hộ Độ: không có số liệu");
  });

  it("reads quarters and years and English labels", () => {
    const svg = sparkline(
      [
        {period: "2024-Q2", value: 5},
        {period: "2024-Q1", value: 4}
      ],
      {lang: "en"}
    ) as SVGSVGElement;
    expect(svg.getAttribute("aria-label")).toBe("from 4 (Q1 2024) to 5 (Q2 2024)");
  });
});
