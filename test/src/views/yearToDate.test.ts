import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {yearToDate} from "../../../src/views/yearToDate.ts";

const month = (unitId: string, period: string, numerator: number | null, denominator: number | null): Observation => ({
  unitId, indicator: "online_share", period, grain: "month", numerator, denominator,
  value: numerator === null || !denominator ? null : numerator / denominator, source: "a.csv", sample: true
});

describe("yearToDate", () => {
  it("pools the counts from January to the month given (a rate from sums, not an average of rates)", () => {
    const rows = [month("A", "2025-12", 9, 10), month("A", "2026-01", 1, 10), month("A", "2026-02", 9, 30), month("A", "2026-03", 5, 5)];
    const [a] = yearToDate(rows, "2026-02");
    expect(a).toMatchObject({unitId: "A", period: "2026", grain: "year", numerator: 10, denominator: 40, value: 0.25, through: "2026-02", complete: true});
  });
  it("is missing when a month in between was not reported", () => {
    const [a] = yearToDate([month("A", "2026-01", 1, 10), month("A", "2026-03", 5, 5)], "2026-03");
    expect(a).toMatchObject({value: null, numerator: null, complete: false});
  });
  it("counts a month with nothing to count as reported (0 of 0 adds zero)", () => {
    const [a] = yearToDate([month("A", "2026-01", 0, 0), month("A", "2026-02", 3, 4)], "2026-02");
    expect(a).toMatchObject({value: 0.75, complete: true});
  });
  it("starts at `from` when it is later than January", () => {
    const [a] = yearToDate([month("A", "2026-01", null, null), month("A", "2026-02", 3, 4)], "2026-02", "2026-02");
    expect(a).toMatchObject({value: 0.75, complete: true});
  });
});
