// @vitest-environment jsdom
// The charts of the dossier-journey pages: funnel, channel bars, dot rows. Missing is never drawn as 0.
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {channelBars} from "../../../docs/components/channelBars.js";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {dotRows} from "../../../docs/components/dotRows.js";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {journeyFunnel, stepLabel} from "../../../docs/components/journeyFunnel.js";
import type {DossierJourney} from "../../../src/tthc/dossierJourney.ts";
import {journeySteps} from "../../../src/tthc/journeySteps.ts";

const journey = (unitId: string, over: Partial<DossierJourney> = {}): DossierJourney => ({
  unitId,
  period: "2024-Q3",
  grain: "quarter",
  receivedTotal: 1000,
  receivedOnline: 600,
  receivedFullyOnline: 300,
  receivedPostal: 50,
  resolved: 900,
  resolvedOnTime: 855,
  resolvedLate: 45,
  returnedPostal: 90,
  sample: false,
  source: "",
  partial: false,
  ...over
});
const names: Record<string, string> = {a: "Xã Thạch Kim", b: "Xã Hộ Độ", total: "Tổng cộng"};
const unitName = (id: string): string => names[id] ?? id;
const texts = (node: Element): string[] => [...node.querySelectorAll("text")].map((t) => t.textContent ?? "");

describe("journeyFunnel", () => {
  it("labels each step with its count and shares, Vietnamese style", () => {
    const steps = journeySteps(journey("total"), "online");
    expect(stepLabel(steps[2], steps)).toBe("Trong đó: toàn trình: 300 · 50,0% số trực tuyến · 30,0% số tiếp nhận");
    expect(stepLabel(steps[4], steps, "en")).toBe("Resolved on time: 855 · 95.0% of resolved");
    const svg = journeyFunnel(steps, {width: 640}) as SVGSVGElement;
    expect(svg.classList.contains("journey-funnel")).toBe(true);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(5);
    expect(texts(svg).join(" ")).toContain("1.000");
  });

  it("draws no bar for a missing count and writes it as –", () => {
    const steps = journeySteps(journey("total", {receivedOnline: null}), "online");
    const svg = journeyFunnel(steps, {width: 640}) as SVGSVGElement;
    expect(svg.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(4);
    expect(texts(svg).join(" ")).toContain("Tiếp nhận trực tuyến: –");
  });
});

describe("channelBars", () => {
  it("splits each unit's bar into three channels that add up to 100%, and names units with no figure", () => {
    const chart = channelBars([journey("total"), journey("a"), journey("b", {receivedTotal: null})], {width: 640, unitName}) as HTMLElement;
    const rects = chart.querySelectorAll("g[aria-label='bar'] rect");
    expect(rects).toHaveLength(6); // total and a, three segments each; b has none
    expect(chart.textContent).toContain("Không có số liệu: Xã Hộ Độ");
    expect(texts(chart)).toContain("60,0%");
  });
});

describe("dotRows", () => {
  it("leaves out a unit with no value at all, keeps one missing a measure without that dot, and says which", () => {
    const rows = [
      {unitId: "a", x: 0.1, y: 0.2},
      {unitId: "b", x: 0.05, y: null},
      {unitId: "c", x: null, y: null}
    ];
    const chart = dotRows(rows, {width: 640, measures: [{key: "x", label: "Nộp"}, {key: "y", label: "Trả"}], format: String, unitName, max: 1}) as HTMLElement;
    expect(chart.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path")).toHaveLength(3);
    expect(chart.textContent).toContain("Không có số liệu: c, Xã Hộ Độ (Trả)");
    expect(texts(chart)).not.toContain("c");
  });
});
