import {describe, expect, test} from "vitest";
import type {Unit} from "../../../src/model/unit.ts";
import type {PlanMeasurement, PlanTarget} from "../../../src/plan/planTypes.ts";
import {targetsByUnit} from "../../../src/plan/targetsByUnit.ts";
import {commune} from "./planFixtures.ts";

const POST_OFFICE: PlanTarget = {
  id: "3",
  titleVi: "Bưu điện",
  titleEn: "Post office",
  textVi: "100% điểm Bưu điện văn hóa cấp xã có tài liệu",
  measures: [{id: "3", nameVi: "Có tài liệu", nameEn: "Has materials", kind: "yes-no", scope: ["commune"]}]
};
const ADVICE: PlanTarget = {
  id: "5",
  titleVi: "Tư vấn doanh nghiệp",
  titleEn: "Advice",
  textVi: "100% doanh nghiệp được tư vấn",
  measures: [{id: "5", nameVi: "Được tư vấn", nameEn: "Advised", kind: "share", scope: ["district"]}]
};
const m = (unitId: string, measure: string, quarter: string, numerator: number, denominator = 1): PlanMeasurement => ({unitId, measure, quarter, numerator, denominator});
const district: Unit = {...commune("D"), level: "district", name: "Huyện D", parentId: null};
const units = [district, commune("A"), commune("B"), commune("C", null, "2024-06-30")];

describe("targetsByUnit", () => {
  test("units × targets × quarters: met, not met, not reported, not applicable", () => {
    const data = [m("A", "3", "2024-Q1", 1), m("B", "3", "2024-Q1", 0), m("A", "3", "2024-Q2", 1), m("D", "5", "2024-Q1", 9, 10)];
    const rows = targetsByUnit(data, [POST_OFFICE, ADVICE], ["2024-Q1", "2024-Q2"], units);
    const states = Object.fromEntries(rows.map((r) => [r.unitId, r.targets.map((t) => t.quarters.map((q) => q.state))]));
    expect(states).toEqual({
      D: [["n/a", "n/a"], ["not-met", "missing"]],
      A: [["met", "met"], ["n/a", "n/a"]],
      B: [["not-met", "missing"], ["n/a", "n/a"]],
      C: [["missing", "missing"], ["n/a", "n/a"]]
    });
    expect(rows.find((r) => r.unitId === "D")!.targets[1]!.quarters[0]!.measures[0]).toMatchObject({measure: "5", numerator: 9, denominator: 10, met: false});
  });

  test("a unit owing nothing in the quarters shown (merged before them) is left out", () => {
    const rows = targetsByUnit([m("A", "3", "2024-Q3", 1)], [POST_OFFICE], ["2024-Q3"], units);
    expect(rows.map((r) => r.unitId)).toEqual(["A", "B"]);
  });
});
