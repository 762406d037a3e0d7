import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {communeComparison} from "../../../src/views/communeComparison.ts";

const obs = (unitId: string, period: string, numerator: number | null, denominator = 10): Observation => ({
  unitId, indicator: "online_share", period, grain: "month", numerator, denominator: numerator === null ? null : denominator,
  value: numerator === null ? null : numerator / denominator, source: "a.csv", sample: false
});
const choice = {from: "2026-01", to: "2026-03", grain: "month" as const, mode: "value" as const, selected: ["A"], better: "higher" as const};

describe("communeComparison", () => {
  it("changes every table row over the same two periods and ranks out of one total", () => {
    // B has no January: its change is not taken over a shorter span, it has none
    const rows = [obs("A", "2026-01", 2), obs("A", "2026-03", 5), obs("B", "2026-02", 4), obs("B", "2026-03", 9), obs("C", "2026-01", 1), obs("C", "2026-03", null)];
    const c = communeComparison(rows, [], ["A", "B", "C"], choice);
    expect([c.start, c.end, c.rankedOf]).toEqual(["2026-01", "2026-03", 2]);
    const byId = new Map(c.table.map((r) => [r.unitId, r]));
    expect(byId.get("A")).toMatchObject({start: 0.2, end: 0.5, rank: 2});
    expect(byId.get("A")!.change).toBeCloseTo(0.3);
    expect(byId.get("B")).toMatchObject({start: null, end: 0.9, change: null, rank: 1});
    expect(byId.get("C")).toMatchObject({end: null, change: null, rank: null});
  });
  it("draws only the chosen units and names chosen units without data in the range", () => {
    const c = communeComparison([obs("A", "2026-01", 2), obs("B", "2025-01", 2)], [], ["A", "B"], {...choice, selected: ["A", "B"]});
    expect(new Set(c.chart.map((o) => o.unitId))).toEqual(new Set(["A"]));
    expect(c.withoutData).toEqual(["B"]);
  });
  it("at the year grain ends on the year-to-date and compares it with the same months of the first year", () => {
    const year2025 = Array.from({length: 12}, (_, i) => obs("A", `2025-${String(i + 1).padStart(2, "0")}`, i < 2 ? 1 : 9));
    const c = communeComparison([...year2025, obs("A", "2026-01", 5), obs("A", "2026-02", 5)], [], ["A"], {...choice, from: "2025-01", to: "2026-02", grain: "year"});
    expect([c.start, c.end, c.ytdThrough]).toEqual(["2025", "2026", "2026-02"]);
    // January–February 2025 (10%), not the whole of 2025
    expect(c.table[0]).toMatchObject({start: 0.1, end: 0.5});
  });
  it("in change mode draws changes since each series' first value", () => {
    const c = communeComparison([obs("A", "2026-01", 2), obs("A", "2026-02", 5)], [], ["A"], {...choice, mode: "change"});
    expect(c.chart.map((o) => o.value?.toFixed(2))).toEqual(["0.00", "0.30"]);
  });
});
