import {describe, expect, test} from "vitest";
import type {PlanTarget} from "../../../src/plan/planTypes.ts";
import {targetAttainment} from "../../../src/plan/targetAttainment.ts";
import {commune, DISTRICT, measured as m, POST_OFFICE} from "./planFixtures.ts";

const LISTING: PlanTarget = {
  id: "2",
  titleVi: "Niêm yết",
  titleEn: "Listing",
  textVi: "100% TTHC được niêm yết",
  measures: [
    {id: "2.1", nameVi: "TTHC niêm yết", nameEn: "Listed", kind: "share", scope: ["district", "commune"]},
    {id: "2.2", nameVi: "Hồ sơ công khai", nameEn: "Public status", kind: "share", scope: ["district", "commune"]}
  ]
};

describe("targetAttainment", () => {
  test("share of units meeting a yes/no target in a quarter, the gap to 100%, and units that did not report", () => {
    const a = targetAttainment([m("A", "3", "2024-Q1", 1), m("B", "3", "2024-Q1", 0), m("A", "3", "2024-Q2", 0)], POST_OFFICE, "2024-Q1", [commune("A"), commune("B"), commune("C"), DISTRICT]);
    expect(a).toMatchObject({target: "3", period: "2024-Q1", measured: 2, meeting: 1, share: 0.5, gap: 0.5, missing: ["C"]});
    expect(a.units.map((u) => [u.unitId, u.met])).toEqual([["A", true], ["B", false]]);
  });

  test("a share target is met only at n of n; every measure must be met; 0 of 0 is not applicable", () => {
    const data = [
      m("A", "2.1", "2024-Q3", 98, 98),
      m("A", "2.2", "2024-Q3", 310, 312),
      m("B", "2.1", "2024-Q3", 95, 95),
      m("B", "2.2", "2024-Q3", 0, 0),
      m("C", "2.1", "2024-Q3", 0, 0),
      m("C", "2.2", "2024-Q3", 0, 0)
    ];
    const a = targetAttainment(data, LISTING, "2024-Q3");
    expect(a.units.map((u) => [u.unitId, u.met])).toEqual([["A", false], ["B", true], ["C", null]]);
    expect(a.units[0]!.measures[1]).toMatchObject({measure: "2.2", share: 310 / 312, met: false});
    expect(a).toMatchObject({measured: 2, meeting: 1, share: 0.5});
  });

  test("when the unit's level is known, a measure in its scope that it did not report makes its status unknown", () => {
    const a = targetAttainment([m("A", "2.1", "2024-Q1", 10, 10)], LISTING, "2024-Q1", [commune("A")]);
    expect(a.units[0]!.met).toBeNull();
    expect(a).toMatchObject({measured: 0, share: null, gap: null, missing: []});
  });

  test("for a year each unit counts with its latest quarter measured", () => {
    const data = [m("A", "3", "2024-Q1", 0), m("A", "3", "2024-Q4", 1), m("B", "3", "2024-Q2", 1), m("B", "3", "2024-Q3", 0), m("B", "3", "2025-Q1", 1)];
    const a = targetAttainment(data, POST_OFFICE, "2024");
    expect(a.units.map((u) => [u.unitId, u.quarter, u.met])).toEqual([["A", "2024-Q4", true], ["B", "2024-Q3", false]]);
    expect(a.share).toBe(0.5);
  });

  test("no measurement at all is no share (missing, never 0%); a merged commune is expected only while it existed", () => {
    const merged = commune("A", null, "2025-06-30");
    const formed = commune("N", "2025-07-01");
    expect(targetAttainment([], POST_OFFICE, "2025-Q1", [merged, formed])).toMatchObject({share: null, gap: null, missing: ["A"]});
    expect(targetAttainment([], POST_OFFICE, "2025-Q3", [merged, formed]).missing).toEqual(["N"]);
    // the district is not expected for a commune-only target
    expect(targetAttainment([], POST_OFFICE, "2024-Q1", [DISTRICT]).missing).toEqual([]);
  });
});
