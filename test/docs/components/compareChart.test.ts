// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {compareChart, periodDate, valueFormatter} from "../../../docs/components/compareChart.js";

const share = {id: "online_share", unit: "share", better: "higher", nameVi: "Tỷ lệ hồ sơ trực tuyến", nameEn: "Online share", target: null};
const names: Record<string, string> = {"18598": "Xã Hộ Độ", "18580": "Xã Thạch Kim", evil: "<img src=x onerror=alert(1)>"};
const unitName = (id: string): string => names[id] ?? id;
const row = (unitId: string, period: string, value: number | null) => ({unitId, period, value, indicator: "online_share"});

function draw(rows: unknown[], options: Record<string, unknown> = {}): Element {
  const chart = compareChart(rows, {width: 640, indicator: share, unitName, ...options}) as Element;
  document.body.append(chart);
  return chart;
}

const linePaths = (chart: Element, name: string): string[] =>
  [...chart.querySelectorAll("g[aria-label='line'] path")].filter((p) => p.querySelector("title")?.textContent === name).map((p) => p.getAttribute("d") ?? "");

describe("compareChart", () => {
  it("breaks a line at a missing month instead of drawing through it", () => {
    const chart = draw([row("18598", "2023-07", 0.3), row("18598", "2023-08", null), row("18598", "2023-09", 0.35), row("18598", "2023-10", 0.36)]);
    const [d] = linePaths(chart, "Xã Hộ Độ");
    expect(d!.match(/M/g)).toHaveLength(2);
  });

  it("draws quarters and years on the time axis", () => {
    expect(periodDate("2024-Q3")).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(periodDate("2024")).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(periodDate("2024-10")).toEqual(new Date(Date.UTC(2024, 9, 1)));
    const chart = draw([row("18580", "2024-Q1", 0.3), row("18580", "2024-Q2", 0.4)]);
    expect(linePaths(chart, "Xã Thạch Kim")).toHaveLength(1);
  });

  it("marks the area's reorganisation day when the time axis crosses it, and only then", () => {
    const reorganisation = "2025-07-01";
    const across = draw([row("18580", "2025-05", 0.3), row("18580", "2025-06", 0.4)], {
      xDomain: [new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 11, 1))],
      reorganisation
    });
    expect(across.textContent).toContain("Sắp xếp ĐVHC 01/7/2025");
    const before = draw([row("18580", "2024-05", 0.3), row("18580", "2024-06", 0.4)], {reorganisation});
    expect(before.textContent).not.toContain("Sắp xếp ĐVHC");
    const english = draw([row("18580", "2025-05", 0.3), row("18580", "2025-08", 0.4)], {lang: "en", reorganisation});
    expect(english.textContent).toContain("Reorganisation 1 Jul 2025");
    const otherDay = draw([row("18580", "2024-11", 0.3), row("18580", "2025-02", 0.4)], {reorganisation: "2025-01-01"});
    expect(otherDay.textContent).toContain("Sắp xếp ĐVHC 01/1/2025");
    const none = draw([row("18580", "2025-05", 0.3), row("18580", "2025-08", 0.4)]);
    expect(none.textContent).not.toContain("Sắp xếp ĐVHC");
  });

  it("draws the district as a reference line and the target as a rule where there is one", () => {
    const chart = draw([row("18580", "2024-01", 0.3), row("18580", "2024-02", 0.4)], {
      reference: [row("448", "2024-01", 0.35), row("448", "2024-02", 0.45)],
      referenceName: "Toàn huyện Lộc Hà",
      target: 0.8
    });
    expect(linePaths(chart, "Toàn huyện Lộc Hà")).toHaveLength(1);
    expect(chart.textContent).toContain("Chỉ tiêu 80,0%");
    const noTarget = draw([row("18580", "2024-01", 0.3)], {target: 0.8, mode: "change"});
    expect(noTarget.textContent).not.toContain("Chỉ tiêu");
  });

  it("draws one small chart per unit on the same scale", () => {
    const chart = draw([row("18580", "2024-01", 0.3), row("18580", "2024-02", 0.4), row("18598", "2024-01", 0.5), row("18598", "2024-02", 0.6)], {multiples: true});
    const texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("Xã Thạch Kim");
    expect(texts).toContain("Xã Hộ Độ");
    expect(chart.querySelectorAll("g[aria-label='line'] path").length).toBe(2);
  });

  it("writes a unit's name as text: markup in it is shown, not run", () => {
    const chart = draw([row("evil", "2024-01", 0.3), row("evil", "2024-02", 0.4)], {multiples: true});
    expect(chart.querySelector("img")).toBeNull();
    expect(chart.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("keeps a unit's colour whatever else is selected, and draws time ticks as T1/2026", () => {
    const colors = {domain: ["18580", "18598", "evil"], range: ["#111111", "#222222", "#333333"]};
    const stroke = (chart: Element, name: string): string | null | undefined =>
      [...chart.querySelectorAll("g[aria-label='line'] path")].find((p) => p.querySelector("title")?.textContent === name)?.getAttribute("stroke");
    const both = draw([row("18580", "2026-01", 0.3), row("18580", "2026-02", 0.4), row("18598", "2026-01", 0.5), row("18598", "2026-02", 0.6)], {units: ["18580", "18598"], colors});
    const alone = draw([row("18598", "2026-01", 0.5), row("18598", "2026-02", 0.6)], {units: ["18598"], colors});
    expect(stroke(both, "Xã Hộ Độ")).toBe("#222222");
    expect(stroke(alone, "Xã Hộ Độ")).toBe("#222222");
    expect([...both.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent)).toContain("T1/2026");
  });

  it("fits the y-axis to the values of a share instead of 0–100%", () => {
    const chart = draw([row("18580", "2026-01", 0.02), row("18580", "2026-02", 0.15)]);
    const ticks = [...chart.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).not.toContain("100%");
    expect(ticks.length).toBeGreaterThan(2);
  });

  it("formats changes of shares in percentage points, with a sign", () => {
    expect(valueFormatter(share, {mode: "change"})(0.052)).toBe("+5,2 điểm %");
    expect(valueFormatter(share, {mode: "change", lang: "en"})(-0.052)).toBe("-5.2 pp");
    expect(valueFormatter(share, {mode: "change"})(null)).toBe("–");
    expect(valueFormatter({...share, unit: "count"}, {mode: "change"})(1234)).toBe("+1.234");
    expect(valueFormatter(share)(0.4532)).toBe("45,3%");
  });
});
