import type {Qd766FormulaId} from "./qd766Formulas.ts";

/** Dossiers of one kind, as a GROUP BY over an export gives them, with their coded values read. */
export interface Qd766DossierTally {
  readonly unitId: string;
  readonly receivedMonth: string;
  readonly completedMonth: string | null;
  /** Thủ tục and lĩnh vực as written; null where the export has no such column or the cell is blank. */
  readonly procedure: string | null;
  readonly field: string | null;
  readonly online: boolean;
  readonly fullyOnline: boolean;
  readonly paidOnline: boolean;
  /** null when the export has no such column (then the indicator is missing, never zero). */
  readonly digitised: boolean | null;
  readonly eResult: boolean | null;
  /** Completed on or before the due date; null while not completed. */
  readonly onTime: boolean | null;
  readonly n: number;
}

/** One indicator's counts for a unit and month. */
export interface Qd766Cell {
  readonly unitId: string;
  readonly month: string;
  readonly formula: Qd766FormulaId;
  readonly numerator: number;
  readonly denominator: number;
}

/** The dossiers counting against an indicator (late, not online, …) by procedure and field. */
export interface Qd766BreakdownRow {
  readonly unitId: string;
  readonly month: string;
  readonly formula: Qd766FormulaId;
  readonly procedure: string | null;
  readonly field: string | null;
  readonly failing: number;
}

type Test = (t: Qd766DossierTally) => boolean;
const RECEIVED: readonly [Qd766FormulaId, Test][] = [
  ["online", (t) => t.online],
  ["fully_online", (t) => t.fullyOnline],
  ["online_payment", (t) => t.paidOnline],
  ["digitised", (t) => t.digitised === true]
];
const RESOLVED: readonly [Qd766FormulaId, Test][] = [
  ["on_time", (t) => t.onTime === true],
  ["e_result", (t) => t.eResult === true]
];

/**
 * Counts per unit × month for each estimable indicator, and behind each the failing dossiers by
 * procedure and field, with the meanings of countDossiers: what is received in the month of
 * receipt, what is resolved in the month of completion, and only for the unit-months the export
 * holds dossiers received in. `has`: whether the export has the optional columns; an indicator
 * whose column is absent gets no cell (missing, never zero). The failing counts of the breakdown
 * add up, per unit, month and indicator, to denominator − numerator of its cell.
 */
export function qd766DossierCells(tallies: readonly Qd766DossierTally[], has: {readonly digitised: boolean; readonly eResult: boolean}): {cells: Qd766Cell[]; breakdown: Qd766BreakdownRow[]} {
  const active = (id: Qd766FormulaId): boolean => (id === "digitised" ? has.digitised : id === "e_result" ? has.eResult : true);
  const covered = new Set(tallies.map((t) => `${t.unitId}|${t.receivedMonth}`));
  const cells = new Map<string, {unitId: string; month: string; formula: Qd766FormulaId; numerator: number; denominator: number}>();
  const breakdown = new Map<string, {unitId: string; month: string; formula: Qd766FormulaId; procedure: string | null; field: string | null; failing: number}>();
  const add = (t: Qd766DossierTally, month: string, formula: Qd766FormulaId, pass: boolean): void => {
    const key = `${t.unitId}|${month}|${formula}`;
    const cell = cells.get(key) ?? {unitId: t.unitId, month, formula, numerator: 0, denominator: 0};
    cells.set(key, cell);
    cell.denominator += t.n;
    if (pass) return void (cell.numerator += t.n);
    const bKey = `${key}|${t.procedure ?? ""}\u001f${t.field ?? ""}`;
    const row = breakdown.get(bKey) ?? {unitId: t.unitId, month, formula, procedure: t.procedure, field: t.field, failing: 0};
    breakdown.set(bKey, row);
    row.failing += t.n;
  };
  // every covered unit-month gets every active indicator, so 0 of 0 reads "no dossiers", not missing
  for (const key of covered) {
    const [unitId, month] = key.split("|") as [string, string];
    for (const [id] of [...RECEIVED, ...RESOLVED]) if (active(id)) cells.set(`${key}|${id}`, {unitId, month, formula: id, numerator: 0, denominator: 0});
  }
  for (const t of tallies) {
    for (const [id, test] of RECEIVED) if (active(id)) add(t, t.receivedMonth, id, test(t));
    if (t.completedMonth === null || !covered.has(`${t.unitId}|${t.completedMonth}`)) continue;
    for (const [id, test] of RESOLVED) if (active(id)) add(t, t.completedMonth, id, test(t));
  }
  const order = (a: {unitId: string; month: string; formula: string}, b: {unitId: string; month: string; formula: string}): number =>
    a.unitId.localeCompare(b.unitId) || a.month.localeCompare(b.month) || a.formula.localeCompare(b.formula);
  return {
    cells: [...cells.values()].sort(order),
    breakdown: [...breakdown.values()].filter((b) => b.failing > 0).sort((a, b) => order(a, b) || b.failing - a.failing || (a.procedure ?? "").localeCompare(b.procedure ?? ""))
  };
}
