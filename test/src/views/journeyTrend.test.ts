import {describe, expect, it} from "vitest";
import {journeyTrend} from "../../../src/views/journeyTrend.ts";
import {counts, UNITS} from "./journeyFixtures.ts";

describe("journeyTrend", () => {
  const COUNTS = [counts("a", "2024-01", 100, 50, {receivedPostal: 2}), counts("b", "2024-01", 100, 10, {receivedPostal: 15}), counts("a", "2024-02", 100, 60, {receivedPostal: 5})];
  const trend = (kind: "online" | "postal") => journeyTrend({kind, counts: COUNTS, picked: ["a"], unitIds: ["a", "b", "n"], units: UNITS, lineage: "old", from: "2024-01", to: "2024-02"});

  it("gives each picked unit's monthly shares and the total of the units active each month, a missing month as a gap", () => {
    const {points} = trend("online");
    const of = (unitId: string, period: string) => points.find((p) => p.unitId === unitId && p.period === period && p.measure === "onlineShare");
    expect(of("a", "2024-01")).toMatchObject({value: 0.5, numerator: 50, denominator: 100});
    expect(of("total", "2024-01")).toMatchObject({numerator: 60, denominator: 200, value: 0.3});
    expect(of("total", "2024-02")).toMatchObject({value: null, numerator: null}); // b did not report February
    expect(points.some((p) => p.unitId === "n")).toBe(false); // Xã Mới was neither picked nor in existence
  });

  it("fits the y axis to the values (zero-based, a margin, 5-point steps), never 0-100% for small shares", () => {
    const {yMax} = trend("postal");
    expect(yMax.submitShare).toBeCloseTo(0.1, 12); // a 2% and 5%, the total 17/200 = 8.5% → 10%
    expect(trend("online").yMax.onlineShare).toBeCloseTo(0.7, 12); // a's 60% → 70%
  });
});
