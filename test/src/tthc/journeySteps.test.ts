import {describe, expect, it} from "vitest";
import type {DossierJourney} from "../../../src/tthc/dossierJourney.ts";
import {journeySteps} from "../../../src/tthc/journeySteps.ts";

const journey = (over: Partial<DossierJourney> = {}): DossierJourney => ({
  unitId: "448",
  period: "2024-Q3",
  grain: "quarter",
  receivedTotal: 200,
  receivedOnline: 150,
  receivedFullyOnline: 60,
  receivedPostal: 10,
  resolved: 190,
  resolvedOnTime: 171,
  resolvedLate: 19,
  returnedPostal: 38,
  sample: false,
  source: "",
  partial: false,
  ...over
});

describe("journeySteps", () => {
  it("online: each share is of the step before and of all received; fully online is a part of online", () => {
    const steps = journeySteps(journey(), "online");
    expect(steps.map((s) => [s.key, s.count, s.previous])).toEqual([
      ["received", 200, null],
      ["online", 150, "received"],
      ["fullyOnline", 60, "online"],
      ["resolved", 190, null],
      ["onTime", 171, "resolved"]
    ]);
    const fully = steps.find((s) => s.key === "fullyOnline")!;
    expect(fully.shareOfPrevious).toBeCloseTo(60 / 150, 12);
    expect(fully.shareOfTotal).toBeCloseTo(60 / 200, 12);
    expect(steps[0]).toMatchObject({shareOfPrevious: null, shareOfTotal: 1});
  });

  it("never takes a share across branches: on time is a share of dossiers resolved, not of those received", () => {
    const onTime = journeySteps(journey(), "online").find((s) => s.key === "onTime")!;
    expect(onTime.branch).toBe("resolved");
    expect(onTime.shareOfPrevious).toBeCloseTo(171 / 190, 12);
    expect(onTime.shareOfTotal).toBeCloseTo(171 / 190, 12);
    expect(journeySteps(journey(), "online").find((s) => s.key === "resolved")).toMatchObject({previous: null, shareOfPrevious: null, shareOfTotal: 1});
  });

  it("postal: received by post out of received, returned by post out of resolved", () => {
    const steps = journeySteps(journey(), "postal");
    expect(steps.map((s) => s.key)).toEqual(["received", "postal", "resolved", "returnedPostal"]);
    expect(steps[1]!.shareOfPrevious).toBeCloseTo(10 / 200, 12);
    expect(steps[3]!.shareOfTotal).toBeCloseTo(38 / 190, 12);
  });

  it("gives null shares, never 0, when a count is missing or the base is 0", () => {
    const missing = journeySteps(journey({receivedOnline: null}), "online");
    expect(missing[1]).toMatchObject({count: null, shareOfPrevious: null, shareOfTotal: null});
    expect(missing[2]).toMatchObject({count: 60, shareOfPrevious: null});
    const empty = journeySteps(journey({receivedTotal: 0, receivedOnline: 0, receivedFullyOnline: 0}), "online");
    expect(empty.slice(0, 3).map((s) => s.shareOfTotal)).toEqual([null, null, null]);
  });
});
