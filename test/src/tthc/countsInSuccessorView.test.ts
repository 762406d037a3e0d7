import {describe, expect, it} from "vitest";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {countsInSuccessorView} from "../../../src/tthc/countsInSuccessorView.ts";
import type {PublishedCounts} from "../../../src/tthc/tthcCounts.ts";

function commune(id: string, parentId: string, validFrom: string | null, validTo: string | null): Unit {
  return {id, gsoCode: null, name: id, type: "Xã", level: "commune", parentId, validFrom, validTo, population2019: null, aliases: []};
}
const UNITS: readonly Unit[] = [commune("a", "d", null, "2025-06-30"), commune("b", "d", null, "2025-06-30"), commune("out", "e", null, "2025-06-30"), commune("new", "p", "2025-07-01", null), commune("new2", "p", "2025-07-01", null)];
const LINKS: readonly LineageLink[] = [
  {oldId: "a", newId: "new", fromDate: "2025-07-01", note: ""},
  {oldId: "b", newId: "new", fromDate: "2025-07-01", note: ""},
  {oldId: "out", newId: "new2", fromDate: "2025-07-01", note: ""}
];
const OPTIONS = {asOf: "2025-07-01", coveredUnits: ["a", "b"]};
const counts = (unitId: string, period: string, receivedTotal: number, returnedPostal: number | null = 1): PublishedCounts => ({
  unitId, period, receivedTotal, receivedOnline: 1, receivedFullyOnline: 0, receivedInPerson: 0, receivedPostal: 0, resolvedOnTime: 2, resolvedLate: 0, returnedPostal, paidOnline: 0, source: `${period}.csv`, sample: true
});

describe("countsInSuccessorView", () => {
  it("adds the old units' counts into their successor, month by month", () => {
    const [row] = countsInSuccessorView([counts("a", "2024-10", 10), counts("b", "2024-10", 5)], UNITS, LINKS, OPTIONS);
    expect(row).toMatchObject({unitId: "new", period: "2024-10", receivedTotal: 15, receivedOnline: 2, resolvedOnTime: 4, returnedPostal: 2, sample: true, partial: false});
  });

  it("leaves a count missing when one member lacks it or lacks the month, never a smaller sum", () => {
    const [oct, nov] = countsInSuccessorView([counts("a", "2024-10", 10), counts("b", "2024-10", 5, null), counts("a", "2024-11", 10)], UNITS, LINKS, OPTIONS);
    expect(oct).toMatchObject({period: "2024-10", receivedTotal: 15, returnedPostal: null});
    expect(nov).toMatchObject({period: "2024-11", receivedTotal: null});
  });

  it("marks a successor that also covers units outside the area partial before the change", () => {
    const rows = countsInSuccessorView([counts("out", "2024-10", 3), counts("new2", "2025-08", 4)], UNITS, LINKS, OPTIONS);
    expect(rows.map((r) => [r.period, r.partial])).toEqual([["2024-10", true], ["2025-08", false]]);
  });
});
