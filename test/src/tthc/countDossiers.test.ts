import {describe, expect, test} from "vitest";
import {countDossiers, type DossierTally} from "../../../src/tthc/countDossiers.ts";

const received = (n: number) => ({receivedTotal: n, receivedOnline: 0, receivedFullyOnline: 0, receivedInPerson: n, receivedPostal: 0, paidOnline: 0});
const resolved = (onTime: number, late = 0) => ({resolvedOnTime: onTime, resolvedLate: late, returnedPostal: 0});
const tally = (unitId: string, receivedMonth: string, completedMonth: string | null, n: number, onTime = 0, late = 0): DossierTally => ({
  unitId,
  receivedMonth,
  completedMonth,
  received: received(n),
  resolved: resolved(onTime, late)
});

describe("countDossiers", () => {
  test("received counts go to the month of receipt, resolved ones to the month of completion", () => {
    const counts = countDossiers([tally("a", "2026-07", "2026-07", 3, 3), tally("a", "2026-07", "2026-08", 2, 1, 1), tally("a", "2026-08", null, 4)]);
    expect(counts.map((c) => [c.month, c.counts.receivedTotal, c.counts.resolvedOnTime, c.counts.resolvedLate])).toEqual([
      ["2026-07", 5, 3, 0],
      ["2026-08", 4, 1, 1]
    ]);
  });

  test("completions in a unit-month the export does not cover are left out, never shown as a month with nothing received", () => {
    const counts = countDossiers([tally("a", "2026-07", "2026-08", 2, 2), tally("b", "2026-07", null, 1)]);
    expect(counts.map((c) => `${c.unitId} ${c.month}`)).toEqual(["a 2026-07", "b 2026-07"]);
    expect(counts[0]!.counts.resolvedOnTime).toBe(0);
  });

  test("resolved dossiers without a month of completion are a programming error", () => {
    expect(() => countDossiers([tally("a", "2026-07", null, 1, 1)])).toThrow(/month of completion/);
  });
});
