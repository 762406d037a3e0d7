import {describe, expect, it} from "vitest";
import {journeysInPeriod} from "../../../src/tthc/journeysInPeriod.ts";
import type {PublishedCounts} from "../../../src/tthc/tthcCounts.ts";

const month = (unitId: string, period: string, receivedTotal: number, receivedOnline: number, over: Partial<PublishedCounts> = {}): PublishedCounts => ({
  unitId,
  period,
  receivedTotal,
  receivedOnline,
  receivedFullyOnline: 0,
  receivedInPerson: receivedTotal - receivedOnline,
  receivedPostal: 0,
  resolvedOnTime: 1,
  resolvedLate: 0,
  returnedPostal: 0,
  paidOnline: 0,
  source: `${period}.csv`,
  sample: false,
  ...over
});

const MONTHLY = [
  month("a", "2024-06", 99, 99),
  month("a", "2024-07", 10, 4),
  month("a", "2024-08", 20, 5),
  month("a", "2024-09", 30, 6),
  month("b", "2024-07", 10, 1),
  month("b", "2024-09", 10, 1),
  month("c", "2024-07", 0, 0, {resolvedOnTime: 0}),
  month("c", "2024-08", 5, 1, {returnedPostal: null}),
  month("c", "2024-09", 5, 2)
];

describe("journeysInPeriod", () => {
  it("sums the quarter's counts for each unit, in the order asked; a unit missing a month has null counts", () => {
    const [b, a] = journeysInPeriod(MONTHLY, "2024-Q3", ["b", "a"]);
    expect(a).toMatchObject({unitId: "a", period: "2024-Q3", grain: "quarter", receivedTotal: 60, receivedOnline: 15, resolved: 3, resolvedOnTime: 3, resolvedLate: 0, source: "2024-07.csv; 2024-08.csv; 2024-09.csv"});
    expect(b).toMatchObject({unitId: "b", receivedTotal: null, receivedOnline: null, resolved: null}); // August missing
  });

  it("adds a month with nothing to count as 0, and keeps a column a month's report lacks missing", () => {
    const [c] = journeysInPeriod(MONTHLY, "2024-Q3", ["c"]);
    expect(c).toMatchObject({receivedTotal: 10, receivedOnline: 3, resolvedOnTime: 2, returnedPostal: null});
  });

  it("gives a month as it was reported, and a unit with no report in the period null counts", () => {
    const [a, b, d] = journeysInPeriod(MONTHLY, "2024-08", ["a", "b", "d"]);
    expect(a).toMatchObject({period: "2024-08", grain: "month", receivedTotal: 20, receivedOnline: 5});
    expect(b).toMatchObject({unitId: "b", period: "2024-08", receivedTotal: null});
    expect(d).toMatchObject({unitId: "d", receivedTotal: null, resolved: null, source: ""});
  });

  it("leaves out units not asked for, and rejects a malformed period", () => {
    expect(journeysInPeriod(MONTHLY, "2024", ["a"]).map((j) => j.unitId)).toEqual(["a"]);
    expect(() => journeysInPeriod(MONTHLY, "2024-13", ["a"])).toThrow(/Unknown period/);
  });
});
