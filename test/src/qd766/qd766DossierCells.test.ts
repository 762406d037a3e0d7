import {describe, expect, test} from "vitest";
import {qd766DossierCells, type Qd766DossierTally} from "../../../src/qd766/qd766DossierCells.ts";

const t = (over: Partial<Qd766DossierTally>): Qd766DossierTally => ({
  unitId: "a", receivedMonth: "2026-09", completedMonth: "2026-09", procedure: "Chứng thực bản sao", field: "Chứng thực",
  online: false, fullyOnline: false, paidOnline: false, digitised: null, eResult: null, onTime: true, n: 1, ...over
});

describe("qd766DossierCells: counts per unit-month and the failing dossiers behind them", () => {
  const tallies = [
    t({n: 8, online: true, fullyOnline: true, paidOnline: true}),
    t({n: 12, onTime: false}),
    t({n: 3, procedure: "Đăng ký khai sinh", field: "Hộ tịch", onTime: false, online: true}),
    t({n: 5, completedMonth: null, onTime: null}),
    // completed in a month the export does not cover: left out, as countDossiers does
    t({n: 4, completedMonth: "2026-10", onTime: false})
  ];
  const {cells, breakdown} = qd766DossierCells(tallies, {digitised: false, eResult: false});
  const cell = (f: string) => cells.find((c) => c.formula === f);

  test("received in the month of receipt, resolved in the month of completion (covered months only)", () => {
    expect(cell("online")).toMatchObject({numerator: 11, denominator: 32});
    expect(cell("fully_online")).toMatchObject({numerator: 8, denominator: 32});
    expect(cell("on_time")).toMatchObject({numerator: 8, denominator: 23});
  });
  test("an optional column the export lacks gives no cell: missing, never zero", () => {
    expect(cell("digitised")).toBeUndefined();
    expect(cell("e_result")).toBeUndefined();
  });
  test("the breakdown's failing dossiers add up to denominator − numerator, largest first", () => {
    const late = breakdown.filter((b) => b.formula === "on_time");
    expect(late.map((b) => [b.procedure, b.failing])).toEqual([["Chứng thực bản sao", 12], ["Đăng ký khai sinh", 3]]);
    for (const c of cells) {
      const sum = breakdown.filter((b) => b.formula === c.formula && b.month === c.month && b.unitId === c.unitId).reduce((s, b) => s + b.failing, 0);
      expect(sum).toBe(c.denominator - c.numerator);
    }
  });
  test("with the optional columns: digitised among received, electronic results among resolved", () => {
    const r = qd766DossierCells([t({n: 2, digitised: true, eResult: true}), t({n: 1, digitised: false, eResult: false, completedMonth: null, onTime: null})], {digitised: true, eResult: true});
    expect(r.cells.find((c) => c.formula === "digitised")).toMatchObject({numerator: 2, denominator: 3});
    expect(r.cells.find((c) => c.formula === "e_result")).toMatchObject({numerator: 2, denominator: 2});
  });
  test("a covered month with nothing resolved is 0 of 0 (no dossiers), not missing", () => {
    const r = qd766DossierCells([t({completedMonth: null, onTime: null})], {digitised: false, eResult: false});
    expect(r.cells.find((c) => c.formula === "on_time")).toMatchObject({numerator: 0, denominator: 0});
  });
});
