import {describe, expect, it} from "vitest";
import type {DossierJourney} from "../../../src/tthc/dossierJourney.ts";
import {sumJourneys} from "../../../src/tthc/sumJourneys.ts";

const journey = (unitId: string, over: Partial<DossierJourney> = {}): DossierJourney => ({
  unitId,
  period: "2024-Q3",
  grain: "quarter",
  receivedTotal: 100,
  receivedOnline: 60,
  receivedFullyOnline: 30,
  receivedPostal: 2,
  resolved: 95,
  resolvedOnTime: 90,
  resolvedLate: 5,
  returnedPostal: 4,
  sample: false,
  source: `${unitId}.xlsx`,
  partial: false,
  ...over
});

const AS = {unitId: "448", period: "2024-Q3", grain: "quarter"} as const;

describe("sumJourneys", () => {
  it("adds every count of the units into the total", () => {
    const total = sumJourneys([journey("a"), journey("b", {receivedTotal: 50, receivedOnline: 5, sample: true, partial: true})], AS);
    expect(total).toEqual({
      unitId: "448",
      period: "2024-Q3",
      grain: "quarter",
      receivedTotal: 150,
      receivedOnline: 65,
      receivedFullyOnline: 60,
      receivedPostal: 4,
      resolved: 190,
      resolvedOnTime: 180,
      resolvedLate: 10,
      returnedPostal: 8,
      sample: true,
      source: "a.xlsx; b.xlsx",
      partial: true
    });
  });

  it("makes a count missing in the total when any unit lacks it, and only that count", () => {
    const total = sumJourneys([journey("a"), journey("b", {receivedOnline: null})], AS);
    expect(total.receivedOnline).toBeNull();
    expect(total.receivedTotal).toBe(200);
  });

  it("gives every count null for no units at all (a unit with no report in the period)", () => {
    const none = sumJourneys([], {...AS, unitId: "18580"});
    expect(none).toMatchObject({unitId: "18580", receivedTotal: null, resolved: null, returnedPostal: null, sample: false, source: ""});
  });
});
