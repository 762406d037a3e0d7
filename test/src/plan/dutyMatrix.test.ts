import {describe, expect, test} from "vitest";
import {dutyMatrix} from "../../../src/plan/dutyMatrix.ts";
import {act, commune, CONTINUOUS, duty} from "./planFixtures.ts";

const PROGRAMME = duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]});
const EXAMPLE = duty("14.2", {type: "recurring", count: 1, per: "month", each: "commune"}, {counts: ["good-example"], id: "14.2-neu-guong"});
const REBROADCAST = duty("14.2", {...CONTINUOUS, each: "commune"}, {counts: ["broadcast"], id: "14.2-tiep-phat"});

describe("dutyMatrix", () => {
  test("communes × per-commune duties, each cell coloured by the commune's own status, duties owed by agencies left out", () => {
    const reports = [
      act("A", "14.1", "2024-01", 1, "programme"),
      act("A", "14.2", "2024-01", 1, "good-example"),
      act("A", "14.2", "2024-02", 1, "good-example"),
      act("A", "14.2", "2024-01", 5, "broadcast"),
      act("A", "14.2", "2024-02", 4, "broadcast"),
      act("B", "14.2", "2024-01", 1, "good-example")
    ];
    const rows = dutyMatrix(reports, [commune("A"), commune("B")], [PROGRAMME, EXAMPLE, REBROADCAST, duty("13", CONTINUOUS)], "2024-02-29");
    expect(rows.map((r) => [r.unitId, r.cells.map((c) => [c.dutyId, c.status])])).toEqual([
      ["A", [["14.1", "on-track"], ["14.2-neu-guong", "on-track"], ["14.2-tiep-phat", "on-track"]]],
      ["B", [["14.1", "on-track"], ["14.2-neu-guong", "behind"], ["14.2-tiep-phat", "not-started"]]]
    ]);
    expect(rows[1]!.cells[1]!.evidence).toEqual({done: 1, due: 12, expectedByNow: 2});
    expect(rows[1]!.cells[1]!.slots.slice(0, 2).map((s) => [s.period, s.met])).toEqual([["2024-01", true], ["2024-02", false]]);
  });

  test("a month with no reports shows as a missed month of that commune only", () => {
    const rows = dutyMatrix([act("A", "14.2", "2024-01", 1, "good-example"), act("A", "14.2", "2024-03", 1, "good-example")], [commune("A")], [EXAMPLE], "2024-03-31");
    expect(rows[0]!.cells[0]!.slots.slice(0, 3).map((s) => s.met)).toEqual([true, false, true]);
    expect(rows[0]!.cells[0]!.status).toBe("behind");
  });

  test("in a 2025 plan the old communes are rows for the first half, the merged commune for the second; others are no rows", () => {
    const duty2025 = {...PROGRAMME, from: "2025-01", to: "2025-12"};
    const units = [commune("A", null, "2025-06-30"), commune("N", "2025-07-01"), commune("Z", null, "2019-12-31")];
    const rows = dutyMatrix([], units, [duty2025], "2025-12-31");
    expect(rows.map((r) => [r.unitId, r.cells[0]!.slots.map((s) => s.period)])).toEqual([
      ["A", ["2025-Q1", "2025-Q2"]],
      ["N", ["2025-Q3", "2025-Q4"]]
    ]);
  });
});
