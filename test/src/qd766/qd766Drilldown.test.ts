import {expect, test} from "vitest";
import {QD766_FORMULAS} from "../../../src/qd766/qd766Formulas.ts";
import {qd766Drilldown} from "../../../src/qd766/qd766Drilldown.ts";

const onTime = QD766_FORMULAS.find((f) => f.id === "on_time")!;
const cells = [
  {unitId: "a", month: "2026-08", formula: "on_time" as const, numerator: 8, denominator: 10},
  {unitId: "a", month: "2026-09", formula: "on_time" as const, numerator: 15, denominator: 20}
];
const b = (month: string, procedure: string | null, field: string | null, failing: number) => ({unitId: "a", month, formula: "on_time" as const, procedure, field, failing});
const breakdown = [b("2026-08", "Chứng thực bản sao", "Chứng thực", 2), b("2026-09", "Chứng thực bản sao", "Chứng thực", 4), b("2026-09", null, "Hộ tịch", 1)];

test("pooled over the months, the points lost are shared by procedure, field and month; each adds up", () => {
  const d = qd766Drilldown(onTime, cells, breakdown, {unitId: "a", months: ["2026-08", "2026-09"]});
  expect(d.score).toMatchObject({numerator: 23, denominator: 30, failing: 7});
  expect(d.score.pointsLost).toBeCloseTo((20 * 7) / 30);
  expect(d.byProcedure.map((x) => [x.key, x.failing])).toEqual([["Chứng thực bản sao", 6], ["", 1]]);
  expect(d.byField.map((x) => [x.key, x.failing])).toEqual([["Chứng thực", 6], ["Hộ tịch", 1]]);
  expect(d.byMonth.map((x) => [x.key, x.failing])).toEqual([["2026-09", 5], ["2026-08", 2]]);
  for (const list of [d.byProcedure, d.byField, d.byMonth]) {
    expect(list.reduce((s, x) => s + x.failing, 0)).toBe(7);
    expect(list.reduce((s, x) => s + x.pointsLost, 0)).toBeCloseTo(d.score.pointsLost!);
  }
});

test("a month without counts makes the period missing: no points, nothing to share", () => {
  const d = qd766Drilldown(onTime, cells, breakdown, {unitId: "a", months: ["2026-08", "2026-10"]});
  expect(d.score.points).toBeNull();
  expect(d.byProcedure).toEqual([]);
});
