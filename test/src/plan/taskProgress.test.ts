import {describe, expect, test} from "vitest";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";
import {taskProgress} from "../../../src/plan/taskProgress.ts";
import {act, commune, CONTINUOUS, duty, monthly, task} from "./planFixtures.ts";

const RADIO = duty("13", {type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}}, {counts: ["broadcast"]});

describe("taskProgress", () => {
  test("a continuous task reported every month so far is on track; done at year end when every month was covered", () => {
    const t = task(6, [duty("6", CONTINUOUS)]);
    const may = taskProgress(t, monthly("ag", "6", monthsBetween("2024-01", "2024-05")), "2024-05-31", []);
    expect(may).toMatchObject({status: "on-track", evidence: {done: 5, due: 12, expectedByNow: 5}, of: "month"});
    // mid-June: June is not over, so it is not yet owed
    expect(taskProgress(t, monthly("ag", "6", monthsBetween("2024-01", "2024-05")), "2024-06-15", []).status).toBe("on-track");
    const year = taskProgress(t, monthly("ag", "6", monthsBetween("2024-01", "2024-12")), "2024-12-31", []);
    expect(year).toMatchObject({status: "done", evidence: {done: 12, due: 12, expectedByNow: 12}});
  });

  test("a month with no reports makes a continuous task behind, and the missed month stays visible", () => {
    const t = task(6, [duty("6", CONTINUOUS)]);
    const reports = monthly("ag", "6", ["2024-01", "2024-02", "2024-04", "2024-05"]);
    const p = taskProgress(t, reports, "2024-05-31", []);
    expect(p).toMatchObject({status: "behind", evidence: {done: 4, due: 12, expectedByNow: 5}});
    const march = p.items[0]!.duties[0]!.units[0]!.slots.find((s) => s.period === "2024-03")!;
    expect(march).toMatchObject({delivered: 0, met: false, ended: true});
  });

  test("nothing reported while something was due is not started; nothing due yet is on track", () => {
    const t = task(6, [duty("6", CONTINUOUS)]);
    expect(taskProgress(t, [], "2024-03-10", []).status).toBe("not-started");
    expect(taskProgress(t, [], "2024-01-20", [])).toMatchObject({status: "on-track", evidence: {done: 0, due: 12, expectedByNow: 0}});
  });

  test("the district radio: 37 of 48 issues at year end is behind; pro rata by month during the year", () => {
    const t = task(13, [RADIO]);
    const year = [3, 2, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3].map((n, i) => act("tt", "13", `2024-${String(i + 1).padStart(2, "0")}`, n, "broadcast"));
    expect(taskProgress(t, year, "2024-12-31", [])).toMatchObject({status: "behind", evidence: {done: 37, due: 48, expectedByNow: 48}, of: "activities"});
    const firstQuarter = [4, 4, 4].map((n, i) => act("tt", "13", `2024-0${i + 1}`, n, "broadcast"));
    expect(taskProgress(t, firstQuarter, "2024-03-31", [])).toMatchObject({status: "on-track", evidence: {done: 12, expectedByNow: 12}});
    expect(taskProgress(t, firstQuarter.slice(0, 2), "2024-03-31", []).status).toBe("behind");
    // documents do not count towards the 48 issues
    expect(taskProgress(t, [act("tt", "13", "2024-01", 48, "article")], "2024-12-31", []).status).toBe("not-started");
    expect(taskProgress(t, [act("tt", "13", "2024-06", 48, "broadcast")], "2024-06-30", []).status).toBe("done");
  });

  test("a window (the Q3 contest) is due only once it closes; held inside it is done, held later is done late", () => {
    const t = task(3, [duty("3", {type: "within", period: "2024-Q3"}, {counts: ["contest"]})]);
    expect(taskProgress(t, [], "2024-06-30", [])).toMatchObject({status: "on-track", evidence: {done: 0, due: 1, expectedByNow: 0}});
    expect(taskProgress(t, [], "2024-10-01", []).status).toBe("not-started");
    expect(taskProgress(t, [act("nv", "3", "2024-08", 1, "contest")], "2024-08-20", [])).toMatchObject({status: "done", evidence: {done: 1}});
    // an article about the contest is not the contest
    expect(taskProgress(t, [act("nv", "3", "2024-08", 3, "article")], "2024-10-01", []).status).toBe("not-started");
    const late = taskProgress(t, [act("nv", "3", "2024-11", 1, "contest")], "2024-12-31", []);
    expect(late.status).toBe("done");
    expect(late.items[0]!.duties[0]!.late).toBe(true);
  });

  test("per-commune duties judge each commune; one commune missing a quarter makes the task behind", () => {
    const t = task(14, [duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]})]);
    const units = [commune("A"), commune("B")];
    const reports = [act("A", "14.1", "2024-02", 1, "programme"), act("A", "14.1", "2024-05", 1, "programme"), act("B", "14.1", "2024-03", 1, "programme")];
    const p = taskProgress(t, reports, "2024-07-15", units);
    expect(p).toMatchObject({status: "behind", evidence: {done: 3, due: 8, expectedByNow: 2 * 2}, of: "quarter"});
    const byUnit = Object.fromEntries(p.items[0]!.duties[0]!.units.map((u) => [u.unitId!, u]));
    expect(byUnit.A).toMatchObject({status: "on-track", evidence: {done: 2, due: 4, expectedByNow: 2}});
    expect(byUnit.B).toMatchObject({status: "behind", evidence: {done: 1, due: 4, expectedByNow: 2}});
    // an agency's report does not stand in for a commune's own duty
    expect(taskProgress(t, [act("ag", "14.1", "2024-02", 1, "programme")], "2024-04-01", units).status).toBe("not-started");
  });

  test("reports dated after the plan year are not counted, with a warning; reports after the chosen date are not yet known", () => {
    const t = task(6, [duty("6", CONTINUOUS)]);
    const reports = [...monthly("ag", "6", monthsBetween("2024-01", "2024-12")), act("ag", "6", "2025-01"), act("ag", "6", "2025-02")];
    const p = taskProgress(t, reports, "2024-12-31", []);
    expect(p).toMatchObject({status: "done", evidence: {done: 12}, ignored: {outsidePlan: 2, afterAsOf: 0}});
    expect(p.warnings).toEqual([expect.stringMatching(/2 activity report\(s\) for task 6 dated 2025-01 to 2025-02, outside the plan \(2024-01 to 2024-12\), are not counted/)]);
    const early = taskProgress(t, monthly("ag", "6", monthsBetween("2024-01", "2024-12")), "2024-10-15", []);
    expect(early).toMatchObject({status: "on-track", evidence: {done: 10, expectedByNow: 9}, ignored: {outsidePlan: 0, afterAsOf: 2}, warnings: []});
  });

  test("a commune merged on 2025-07-01 owes all of its 2024 duties; a 2025 plan's duties move to the new commune from Q3", () => {
    const old = commune("A", null, "2025-06-30");
    const merged = commune("N", "2025-07-01", null);
    const quarterly = {type: "recurring", count: 1, per: "quarter", each: "commune"} as const;
    const t2024 = task(14, [duty("14.1", quarterly, {counts: ["programme"]})]);
    const p2024 = taskProgress(t2024, ["2024-01", "2024-04", "2024-07", "2024-10"].map((m) => act("A", "14.1", m, 1, "programme")), "2024-12-31", [old, merged]);
    expect(p2024).toMatchObject({status: "done", evidence: {done: 4, due: 4, expectedByNow: 4}});
    expect(p2024.items[0]!.duties[0]!.units.map((u) => u.unitId)).toEqual(["A"]);

    const t2025 = task(14, [duty("14.1", quarterly, {counts: ["programme"], from: "2025-01", to: "2025-12"})]);
    const reports = [act("A", "14.1", "2025-02", 1, "programme"), act("A", "14.1", "2025-05", 1, "programme"), act("N", "14.1", "2025-08", 1, "programme")];
    const p2025 = taskProgress(t2025, reports, "2025-12-31", [old, merged]);
    const units = Object.fromEntries(p2025.items[0]!.duties[0]!.units.map((u) => [u.unitId!, u]));
    expect(units.A).toMatchObject({status: "done", evidence: {done: 2, due: 2}});
    expect(units.N).toMatchObject({status: "behind", evidence: {done: 1, due: 2, expectedByNow: 2}});
    expect(units.N!.slots.map((s) => s.period)).toEqual(["2025-Q3", "2025-Q4"]);
    expect(p2025.status).toBe("behind");
  });

  test("a task with two items sums alike evidence; items of different kinds leave the task's evidence to its items", () => {
    const two = task(2, [duty("2.1", CONTINUOUS), duty("2.2", CONTINUOUS)]);
    const p = taskProgress(two, [...monthly("ag", "2.1", ["2024-01", "2024-02"]), ...monthly("ag", "2.2", ["2024-01"])], "2024-02-29", []);
    expect(p).toMatchObject({status: "behind", evidence: {done: 3, due: 24, expectedByNow: 4}, of: "month"});
    expect(p.items.map((i) => [i.id, i.status])).toEqual([["2.1", "on-track"], ["2.2", "behind"]]);
    const mixed = task(14, [
      duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]}),
      duty("14.2", {type: "recurring", count: 1, per: "month", each: "commune"}, {counts: ["good-example"], id: "14.2-neu-guong"})
    ]);
    expect(taskProgress(mixed, [], "2024-01-10", [commune("A")])).toMatchObject({evidence: null, of: null, status: "on-track"});
  });

  test("at least once a year is done as soon as it happened", () => {
    const t = task(5, [duty("5", {type: "atLeast", count: 1, per: "year"}, {counts: ["dialogue"]})]);
    expect(taskProgress(t, [act("nv", "5", "2024-06", 1, "dialogue")], "2024-06-30", [])).toMatchObject({status: "done", evidence: {done: 1, due: 1}});
    expect(taskProgress(t, [], "2024-11-30", []).status).toBe("on-track");
    expect(taskProgress(t, [], "2024-12-31", []).status).toBe("not-started");
  });
});
