import {describe, expect, it} from "vitest";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import type {Observation} from "../../../src/model/observation.ts";
import {journeysInPeriod} from "../../../src/tthc/journeysInPeriod.ts";
import {observationsFromCounts} from "../../../src/tthc/observationsFromCounts.ts";

const month = (unitId: string, period: string, receivedTotal: number, receivedOnline: number): Observation[] =>
  observationsFromCounts(
    {
      unitId,
      month: period,
      counts: {receivedTotal, receivedOnline, receivedFullyOnline: 0, receivedInPerson: receivedTotal - receivedOnline, receivedPostal: 0, resolvedOnTime: 1, resolvedLate: 0, returnedPostal: 0, paidOnline: 0},
      source: `${period}.csv`,
      sample: false
    },
    TTHC_INDICATORS
  );

const MONTHLY = [
  ...month("a", "2024-06", 99, 99),
  ...month("a", "2024-07", 10, 4),
  ...month("a", "2024-08", 20, 5),
  ...month("a", "2024-09", 30, 6),
  ...month("b", "2024-07", 10, 1),
  ...month("b", "2024-09", 10, 1)
];

describe("journeysInPeriod", () => {
  it("sums the quarter's months for each unit, in the order asked", () => {
    const [b, a] = journeysInPeriod(MONTHLY, "2024-Q3", ["b", "a"]);
    expect(a).toMatchObject({unitId: "a", period: "2024-Q3", grain: "quarter", receivedTotal: 60, receivedOnline: 15});
    expect(b).toMatchObject({unitId: "b", receivedTotal: null, receivedOnline: null}); // August missing
  });

  it("gives a month as it was reported, and a unit with no report in the period null counts", () => {
    const [a, b, c] = journeysInPeriod(MONTHLY, "2024-08", ["a", "b", "c"]);
    expect(a).toMatchObject({period: "2024-08", grain: "month", receivedTotal: 20, receivedOnline: 5});
    expect(b).toMatchObject({unitId: "b", period: "2024-08", receivedTotal: null});
    expect(c).toMatchObject({unitId: "c", receivedTotal: null, resolved: null});
  });

  it("leaves out units not asked for, and rejects a malformed period", () => {
    expect(journeysInPeriod(MONTHLY, "2024", ["a"]).map((j) => j.unitId)).toEqual(["a"]);
    expect(() => journeysInPeriod(MONTHLY, "2024-13", ["a"])).toThrow(/Unknown period/);
  });
});
