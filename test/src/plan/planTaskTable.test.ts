import {describe, expect, test} from "vitest";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";
import {planTaskTable} from "../../../src/plan/planTaskTable.ts";
import {act, commune, CONTINUOUS, duty, monthly, task} from "./planFixtures.ts";

const RADIO = duty("13", {type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}}, {counts: ["broadcast"]});
const PROGRAMME = duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]});
const GOOD_EXAMPLE = duty("14.2", {type: "recurring", count: 1, per: "month", each: "commune"}, {counts: ["good-example"], id: "14.2-neu-guong"});

describe("planTaskTable", () => {
  test("one row per task in plan order, one line per duty, with status and evidence as of the date", () => {
    const plan = {tasks: [task(6, [duty("6", CONTINUOUS)]), task(13, [RADIO])]};
    const radio = monthsBetween("2024-01", "2024-12").map((m, i) => act("tt", "13", m, i < 11 ? 3 : 4, "broadcast"));
    const rows = planTaskTable(plan, [...monthly("tp", "6", monthsBetween("2024-01", "2024-12")), ...radio], "2024-12-31", []);
    expect(rows.map((r) => [r.task, r.status])).toEqual([
      [6, "done"],
      [13, "behind"]
    ]);
    expect(rows[1]!.duties).toEqual([
      expect.objectContaining({dutyId: "13", item: "13", status: "behind", evidence: {done: 37, due: 48, expectedByNow: 48}, of: "activities", perCommune: false, communes: null})
    ]);
    expect(rows[1]).toMatchObject({titleVi: "Nhiệm vụ 13", leads: ["ag"], scheduleVi: ["x"], delivered: 37});
  });

  test("a per-commune duty counts the communes on schedule; the task is behind when one commune is", () => {
    const plan = {tasks: [task(14, [PROGRAMME, GOOD_EXAMPLE])]};
    const units = [commune("A"), commune("B")];
    const reports = [
      ...["2024-02", "2024-05"].map((m) => act("A", "14.1", m, 1, "programme")),
      act("B", "14.1", "2024-02", 1, "programme"),
      ...monthly("A", "14.2", monthsBetween("2024-01", "2024-06"), 1, "good-example"),
      ...monthly("B", "14.2", monthsBetween("2024-01", "2024-06"), 1, "good-example")
    ];
    const [row] = planTaskTable(plan, reports, "2024-06-30", units);
    expect(row!.status).toBe("behind");
    expect(row!.duties.map((d) => [d.dutyId, d.status, d.communes])).toEqual([
      ["14.1", "behind", {onSchedule: 1, owing: 2}],
      ["14.2-neu-guong", "on-track", {onSchedule: 2, owing: 2}]
    ]);
    expect(row!.duties[0]).toMatchObject({evidence: {done: 3, due: 8, expectedByNow: 4}, of: "quarter", perCommune: true, nextDue: "2024-Q3"});
  });

  test("reports dated outside the plan are not counted and say so", () => {
    const plan = {tasks: [task(6, [duty("6", CONTINUOUS)])]};
    const [row] = planTaskTable(plan, [act("tp", "6", "2025-01", 5)], "2024-12-31", []);
    expect(row!.status).toBe("not-started");
    expect(row!.warnings[0]).toMatch(/outside the plan/);
  });
});
