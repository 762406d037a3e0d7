import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {seriesWithYearToDate} from "../../../src/views/seriesWithYearToDate.ts";

const month = (period: string, numerator: number, denominator: number): Observation => ({
  unitId: "A", indicator: "online_share", period, grain: "month", numerator, denominator, value: numerator / denominator, source: "a.csv", sample: false
});
const year2025 = Array.from({length: 12}, (_, i) => month(`2025-${String(i + 1).padStart(2, "0")}`, 1, 2));

describe("seriesWithYearToDate", () => {
  it("gives the current year as year-to-date at the year grain instead of dropping it", () => {
    const rows = seriesWithYearToDate([...year2025, month("2026-01", 3, 4), month("2026-02", 1, 4)], {from: "2025-01", to: "2026-02", grain: "year"});
    expect(rows.map((o) => [o.period, o.value, o.ytdThrough])).toEqual([["2025", 0.5, null], ["2026", 0.5, "2026-02"]]);
  });
  it("leaves a range ending in December as whole years", () => {
    const rows = seriesWithYearToDate(year2025, {from: "2025-01", to: "2025-12", grain: "year"});
    expect(rows.map((o) => o.ytdThrough)).toEqual([null]);
  });
  it("keeps other grains as seriesInRange gives them (an unfinished quarter is missing)", () => {
    const rows = seriesWithYearToDate([month("2026-01", 3, 4), month("2026-02", 1, 4)], {from: "2026-01", to: "2026-02", grain: "quarter"});
    expect(rows.map((o) => [o.period, o.value])).toEqual([["2026-Q1", null]]);
  });
});
