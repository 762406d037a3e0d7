import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {rollupObservations} from "../../../src/model/rollupObservations.ts";

const obs = (unitId: string, period: string, numerator: number | null, denominator: number | null): Observation => ({
  unitId,
  indicator: "online_share",
  period,
  grain: "month",
  numerator,
  denominator,
  value: numerator === null || !denominator ? null : numerator / denominator,
  source: `${period}.xlsx`,
  sample: false
});

describe("rollupObservations", () => {
  it("recomputes a quarter's rate from summed counts, never the mean of monthly rates", () => {
    const [q] = rollupObservations([obs("a", "2024-01", 10, 20), obs("a", "2024-02", 30, 40), obs("a", "2024-03", 0, 40)], "quarter");
    expect(q).toMatchObject({period: "2024-Q1", grain: "quarter", numerator: 40, denominator: 100, value: 0.4, incomplete: false});
    // the mean of 0.5, 0.75 and 0 would be 0.4166…
  });

  it("makes a period with a missing month missing, flagged incomplete", () => {
    const [q] = rollupObservations([obs("a", "2024-01", 10, 20), obs("a", "2024-03", 5, 10)], "quarter");
    expect(q).toMatchObject({period: "2024-Q1", value: null, numerator: null, incomplete: true});
    const [y] = rollupObservations([obs("a", "2024-01", 10, 20), obs("a", "2024-02", null, null)], "year");
    expect(y).toMatchObject({period: "2024", value: null, incomplete: true});
  });

  it("sums counts and keeps units and halves apart", () => {
    const count = (unitId: string, period: string, n: number): Observation => ({...obs(unitId, period, n, null), indicator: "received_total", value: n});
    const months = ["01", "02", "03", "04", "05", "06"];
    const rows = [...months.map((m) => count("a", `2024-${m}`, 10)), ...months.map((m) => count("b", `2024-${m}`, 1))];
    expect(rollupObservations(rows, "half").map((o) => [o.unitId, o.period, o.value, o.denominator])).toEqual([
      ["a", "2024-H1", 60, null],
      ["b", "2024-H1", 6, null]
    ]);
  });

  it("returns months unchanged for the month grain", () => {
    expect(rollupObservations([obs("a", "2024-01", 1, 2)], "month")).toEqual([{...obs("a", "2024-01", 1, 2), incomplete: false}]);
  });

  it("counts a month reported with nothing to count (0/0) as reported: the quarter is complete", () => {
    const [q] = rollupObservations([obs("a", "2024-01", 10, 20), obs("a", "2024-02", 0, 0), obs("a", "2024-03", 5, 10)], "quarter");
    expect(q).toMatchObject({numerator: 15, denominator: 30, value: 0.5, incomplete: false});
    const [empty] = rollupObservations([obs("b", "2024-01", 0, 0), obs("b", "2024-02", 0, 0), obs("b", "2024-03", 0, 0)], "quarter");
    expect(empty).toMatchObject({numerator: 0, denominator: 0, value: null, incomplete: false});
  });
});
