// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {trendChart} from "../../../docs/components/trendChart.js";
import {unitColors} from "../../../src/views/unitColors.ts";

const postal = {id: "postal_share", unit: "share", better: "higher", nameVi: "Tỷ lệ qua bưu chính", nameEn: "Postal share"};
const names: Record<string, string> = {a: "Xã A", b: "Xã B", c: "Xã C"};
const unitName = (id: string): string => names[id] ?? id;
const months = (unitId: string, values: (number | null)[]) =>
  values.map((value, i) => ({unitId, period: `2024-${String(i + 1).padStart(2, "0")}`, value, indicator: "postal_share"}));

function draw(rows: unknown[], options: Record<string, unknown> = {}): Element {
  const chart = trendChart(rows, {width: 640, indicator: postal, unitName, ...options}) as Element;
  document.body.append(chart);
  return chart;
}

const ticks = (chart: Element, axis: "x" | "y"): string[] =>
  [...chart.querySelectorAll(`g[aria-label='${axis}-axis tick label'] text`)].map((t) => t.textContent ?? "");

const strokeOf = (chart: Element, name: string): string | null =>
  [...chart.querySelectorAll("g[aria-label='line'] path")].find((p) => p.querySelector("title")?.textContent === name)?.getAttribute("stroke") ?? null;

describe("trendChart", () => {
  it("writes Vietnamese months on the time axis, each month once", () => {
    const x = ticks(draw(months("a", [0.1, 0.2, 0.3, 0.2, 0.1, 0.2, 0.3, 0.2, 0.1, 0.2, 0.3, 0.2])), "x");
    expect(x.length).toBeGreaterThan(2);
    for (const tick of x) expect(tick).toMatch(/^T\d{1,2}\/2024$/);
    expect(new Set(x).size).toBe(x.length);
    expect(ticks(draw(months("a", [0.1, 0.2, 0.3]), {lang: "en"}), "x")[0]).toBe("Jan 2024");
  });

  it("fits a 2–15% series from zero, not to 100%", () => {
    const y = ticks(draw(months("a", [0.02, 0.08, 0.15])), "y");
    expect(y[0]).toBe("0%");
    expect(y).not.toContain("100%");
    expect(y).not.toContain("50%");
    expect(y.at(-1)).toMatch(/^1[5-9]%$|^20%$/);
  });

  it("keeps a unit's colour whatever else is selected, with the area's units", () => {
    const areaUnitIds = ["c", "b", "a"];
    const colors = unitColors(areaUnitIds);
    const alone = draw(months("b", [0.1, 0.2]), {areaUnitIds});
    const withOthers = draw([...months("a", [0.1, 0.2]), ...months("b", [0.2, 0.3])], {areaUnitIds});
    expect(strokeOf(alone, "Xã B")).toBe(colors.range[colors.domain.indexOf("b")]);
    expect(strokeOf(withOthers, "Xã B")).toBe(strokeOf(alone, "Xã B"));
    expect(strokeOf(withOthers, "Xã A")).toBe(colors.range[0]);
  });
});
