import {describe, expect, test} from "vitest";
import type {Unit} from "../../../src/model/unit.ts";
import type {PlanMeasurement, PlanTarget} from "../../../src/plan/planTypes.ts";
import {targetSeries} from "../../../src/plan/targetSeries.ts";
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

describe("targetSeries", () => {
  test("each target quarter by quarter: share meeting, gap to 100%, units that did not report", () => {
    const data = [m("A", "3", "2024-Q1", 1), m("B", "3", "2024-Q1", 0), m("C", "3", "2024-Q1", 1), m("A", "3", "2024-Q3", 1), m("B", "3", "2024-Q3", 1), m("D", "5", "2024-Q1", 12, 12)];
    const series = targetSeries(data, [POST_OFFICE, ADVICE], ["2024-Q1", "2024-Q2", "2024-Q3"], units);
    expect(series.map((d) => [d.target, d.quarter, d.meeting, d.measured, d.share, d.missing])).toEqual([
      ["3", "2024-Q1", 2, 3, 2 / 3, []],
      // nobody reported in Q2: no share at all (never 0%), every commune listed as missing
      ["3", "2024-Q2", 0, 0, null, ["A", "B", "C"]],
      // C was merged on 2024-07-01: not owed in Q3
      ["3", "2024-Q3", 2, 2, 1, []],
      ["5", "2024-Q1", 1, 1, 1, []],
      ["5", "2024-Q2", 0, 0, null, ["D"]],
      ["5", "2024-Q3", 0, 0, null, ["D"]]
    ]);
    expect(series[0]!.gap).toBeCloseTo(1 / 3);
    expect(series[1]!.gap).toBeNull();
  });
});
