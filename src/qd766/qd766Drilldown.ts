import type {CountRow} from "../rates/poolCounts.ts";
import {qd766AttributeLoss, type Qd766LossShare} from "./qd766AttributeLoss.ts";
import type {Qd766BreakdownRow, Qd766Cell} from "./qd766DossierCells.ts";
import type {Qd766Formula} from "./qd766Formulas.ts";
import {qd766IndicatorScore, type Qd766IndicatorScore} from "./qd766IndicatorScore.ts";

export interface Qd766Drilldown {
  readonly score: Qd766IndicatorScore;
  /** Where the points went, largest first; each list adds up to score.failing and score.pointsLost. */
  readonly byProcedure: readonly Qd766LossShare<string>[];
  readonly byField: readonly Qd766LossShare<string>[];
  readonly byMonth: readonly Qd766LossShare<string>[];
}

/** Blank procedure or field in the export: kept, under one key, so the counts still add up. */
export const NOT_RECORDED = "";

/**
 * One commune's estimate for one indicator over the months given, and where it lost its points:
 * pooled by the one rule (a month without a cell makes it missing), then the points lost shared
 * among procedures, fields and months by their failing dossiers. Counts only.
 */
export function qd766Drilldown(
  formula: Readonly<Qd766Formula>,
  cells: readonly Qd766Cell[],
  breakdown: readonly Qd766BreakdownRow[],
  {unitId, months}: {readonly unitId: string; readonly months: readonly string[]}
): Qd766Drilldown {
  const mine = new Map(cells.filter((c) => c.unitId === unitId && c.formula === formula.id).map((c) => [c.month, c]));
  const rows: (CountRow | undefined)[] = months.map((m) => mine.get(m));
  const score = qd766IndicatorScore(formula, rows);
  const empty = {score, byProcedure: [], byField: [], byMonth: []};
  if (score.pointsLost === null) return empty;
  const wanted = new Set(months);
  const failing = breakdown.filter((b) => b.unitId === unitId && b.formula === formula.id && wanted.has(b.month));
  const sum = (key: (b: Qd766BreakdownRow) => string): {key: string; failing: number}[] => {
    const totals = new Map<string, number>();
    for (const b of failing) totals.set(key(b), (totals.get(key(b)) ?? 0) + b.failing);
    return [...totals].map(([k, n]) => ({key: k, failing: n}));
  };
  return {
    score,
    byProcedure: qd766AttributeLoss(score.pointsLost, sum((b) => b.procedure ?? NOT_RECORDED)),
    byField: qd766AttributeLoss(score.pointsLost, sum((b) => b.field ?? NOT_RECORDED)),
    byMonth: qd766AttributeLoss(score.pointsLost, sum((b) => b.month))
  };
}
