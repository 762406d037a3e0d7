import {describe, expect, it} from "vitest";
import {journeyView} from "../../../src/views/journeyView.ts";
import {counts, UNITS, unitName} from "./journeyFixtures.ts";

const COUNTS = [counts("a", "2024-01", 10, 4), counts("a", "2024-02", 20, 6), counts("b", "2024-02", 30, 3), counts("n", "2025-07", 50, 40)];
const base = {counts: COUNTS, unitIds: ["a", "b", "n"], units: UNITS, successorsFrom: "2025-07-01", unitName} as const;

describe("journeyView", () => {
  it("gives one row per unit of the period, by name, and a total of their counts with shares from the sums", () => {
    const view = journeyView({...base, kind: "online", period: "2024-02", lineage: "old"});
    expect(view.rows.map((r) => r.unitId)).toEqual(["b", "a"]); // An Lộc before Bình An; Xã Mới did not exist yet
    expect(view.total).toMatchObject({unitId: "total", receivedTotal: 50, receivedOnline: 9, resolved: 20});
    expect(view.total.shares.onlineShare).toBeCloseTo(9 / 50, 12);
    expect(view.steps.map((s) => [s.key, s.count])).toEqual([["received", 50], ["online", 9], ["fullyOnline", 2], ["resolved", 20], ["onTime", 18]]);
    expect(view.empty).toBeNull();
  });

  it("leaves a unit missing a month of the quarter, and so the total, missing — never a smaller sum", () => {
    const view = journeyView({...base, kind: "postal", period: "2024-Q1", lineage: "old"});
    expect(view.rows.find((r) => r.unitId === "b")).toMatchObject({receivedTotal: null, shares: {submitShare: null, returnShare: null}});
    expect(view.total.receivedTotal).toBeNull();
    expect(view.steps[0]!.count).toBeNull();
  });

  it("adds the year to date (January to the period's last month) for the headline", () => {
    const view = journeyView({...base, kind: "online", period: "2024-02", lineage: "old"});
    expect(view.yearToDate).toMatchObject({from: "2024-01", to: "2024-02"});
    expect(view.yearToDate.total.receivedTotal).toBeNull(); // b did not report January
    const a = journeyView({...base, unitIds: ["a"], kind: "online", period: "2024-02", lineage: "old"});
    expect(a.yearToDate.total).toMatchObject({receivedTotal: 30, receivedOnline: 10});
  });

  it("says why a period shows nothing, and when the old view straddles the reorganisation", () => {
    expect(journeyView({...base, kind: "online", period: "2024-03", lineage: "old"}).empty).toBe("noReports");
    expect(journeyView({...base, unitIds: ["n"], kind: "online", period: "2024-03", lineage: "old"}).empty).toBe("noUnits");
    expect(journeyView({...base, kind: "online", period: "2025-Q3", lineage: "old"}).straddles).toBe(false);
    expect(journeyView({...base, kind: "online", period: "2025", lineage: "old"}).straddles).toBe(true);
    expect(journeyView({...base, kind: "online", period: "2025", lineage: "new"}).straddles).toBe(false);
  });
});
