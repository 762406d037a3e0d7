import {describe, expect, test} from "vitest";
import {agencyLedger} from "../../../src/plan/agencyLedger.ts";
import type {Plan, PlanAgency} from "../../../src/plan/planTypes.ts";
import {act, commune, CONTINUOUS, duty, monthly, task} from "./planFixtures.ts";

const agency = (id: string, extra: Partial<PlanAgency> = {}): PlanAgency => ({id, nameVi: id, nameEn: id, aliases: [], kind: "agency", members: null, roleVi: null, ...extra});

function plan(): Pick<Plan, "agencies" | "tasks" | "from" | "to"> {
  const radio = task(13, [duty("13", {type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}}, {counts: ["broadcast"]})]);
  const portal = task(2, [duty("2.1", CONTINUOUS)]);
  const programme = task(14, [duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]})]);
  const withRoles = (t: typeof radio, lead: string[], coordinating: string[]): typeof radio => ({...t, items: t.items.map((i) => ({...i, lead, coordinating}))});
  return {
    from: "2024-01",
    to: "2024-12",
    agencies: [
      agency("vhtt"),
      agency("ttvh"),
      agency("noivu"),
      agency("ubnd-xa", {kind: "group", members: {communes: true, agencies: []}}),
      agency("phong-ban", {kind: "group", members: {communes: false, agencies: ["vhtt", "noivu"]}})
    ],
    tasks: [withRoles(portal, ["vhtt"], ["phong-ban"]), withRoles(radio, ["ttvh"], ["vhtt", "noivu"]), withRoles(programme, ["ubnd-xa"], [])]
  };
}

describe("agencyLedger", () => {
  test("what each lead agency owes, its items' status and what it delivered; a group delivers through its members", () => {
    const reports = [
      ...monthly("vhtt", "2.1", ["2024-01", "2024-02", "2024-03"], 2),
      act("vhtt", "13", "2024-02", 1, "broadcast"),
      ...["2024-01", "2024-02", "2024-03"].map((m) => act("ttvh", "13", m, 3, "broadcast")),
      act("A", "14.1", "2024-02", 1, "programme"),
      act("B", "14.1", "2024-03", 1, "programme"),
      act("noivu", "2.1", "2024-09", 5) // after the date: not yet delivered
    ];
    const ledger = agencyLedger(plan(), reports, "2024-03-31", [commune("A"), commune("B")]);
    const by = Object.fromEntries(ledger.map((e) => [e.agencyId, e]));
    expect(by.vhtt).toMatchObject({status: "on-track", delivered: 7, deliveredOnLed: 6, coordinates: ["13"], itemsByStatus: {"on-track": 1}});
    expect(by.vhtt!.leads).toEqual([{item: "2.1", task: 2, status: "on-track", evidence: {done: 3, due: 12, expectedByNow: 3}, deliveredByAgency: 6}]);
    // 9 + 1 of 12 expected by the end of March: behind
    expect(by.ttvh).toMatchObject({status: "behind", delivered: 9, leads: [{item: "13", status: "behind", evidence: {done: 10, due: 48, expectedByNow: 12}, deliveredByAgency: 9}]});
    expect(by["ubnd-xa"]).toMatchObject({kind: "group", status: "on-track", delivered: 2, deliveredOnLed: 2});
    expect(by["phong-ban"]).toMatchObject({status: null, leads: [], coordinates: ["2.1"], delivered: 7});
    expect(by.noivu).toMatchObject({status: null, delivered: 0, coordinates: ["13"]});
  });

  test("agencies that neither lead, coordinate nor reported are left out", () => {
    const p = plan();
    const ledger = agencyLedger({...p, agencies: [...p.agencies, agency("idle")]}, [], "2024-01-15", []);
    expect(ledger.map((e) => e.agencyId)).not.toContain("idle");
    expect(ledger.find((e) => e.agencyId === "ttvh")!.status).toBe("on-track");
  });
});
