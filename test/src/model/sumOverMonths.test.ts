import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {sumOverMonths} from "../../../src/model/sumOverMonths.ts";

const obs = (unitId: string, period: string, numerator: number | null, denominator: number | null, indicator = "online_share"): Observation => ({
  unitId,
  indicator,
  period,
  grain: "month",
  numerator,
  denominator,
  value: numerator === null || !denominator ? null : numerator / denominator,
  source: `${period}.xlsx`,
  sample: false
});

describe("sumOverMonths", () => {
  it("adds the window's counts and recomputes the rate, ignoring months outside it", () => {
    const [sum] = sumOverMonths([obs("a", "2024-01", 10, 20), obs("a", "2024-02", 30, 40), obs("a", "2024-03", 99, 100)], "2024-01", "2024-02");
    expect(sum).toMatchObject({unitId: "a", from: "2024-01", to: "2024-02", numerator: 40, denominator: 60, missingMonths: []});
    expect(sum!.value).toBeCloseTo(40 / 60, 12);
  });

  it("leaves a window with a month missing null and names the month", () => {
    const sums = sumOverMonths([obs("a", "2024-01", 10, 20), obs("a", "2024-03", 5, 10), obs("b", "2024-01", 1, 2), obs("b", "2024-02", null, null), obs("b", "2024-03", 1, 2)], "2024-01", "2024-03");
    expect(sums.find((s) => s.unitId === "a")).toMatchObject({numerator: null, value: null, missingMonths: ["2024-02"]});
    expect(sums.find((s) => s.unitId === "b")).toMatchObject({value: null, missingMonths: ["2024-02"]});
  });

  it("sums counts (no denominator) as counts", () => {
    const [sum] = sumOverMonths([obs("a", "2024-01", 7, null, "received_total"), obs("a", "2024-02", 8, null, "received_total")], "2024-01", "2024-02");
    expect(sum).toMatchObject({numerator: 15, denominator: null, value: 15});
  });

  it("a month with nothing to count (0/0) is reported: not a missing month, it adds zero", () => {
    const [sum] = sumOverMonths([obs("a", "2024-01", 10, 20), obs("a", "2024-02", 0, 0)], "2024-01", "2024-02");
    expect(sum).toMatchObject({numerator: 10, denominator: 20, value: 0.5, missingMonths: []});
  });
});
