import {formatNumber} from "../format/formatNumber.ts";
import {formatPercent} from "../format/formatPercent.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import {QD766_COMPARABLE} from "../qd766/qd766Comparable.ts";
import type {Qd766BreakdownRow, Qd766Cell} from "../qd766/qd766DossierCells.ts";
import {qd766Drilldown, type Qd766Drilldown} from "../qd766/qd766Drilldown.ts";
import {qd766DossiersToThreshold} from "../qd766/qd766DossiersToThreshold.ts";
import {QD766_FORMULAS, type Qd766Formula} from "../qd766/qd766Formulas.ts";
import {QD766_SCORE_COLUMNS} from "../qd766/qd766Layout.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import type {Qd766Observation} from "./qd766Communes.ts";

/** A shown cell: its text, and a tooltip where the table gives one. */
export interface Qd766ShownCell {
  readonly text: string;
  readonly title?: string;
}

export interface Qd766EstimateRow {
  readonly formulaId: string;
  readonly name: string;
  readonly formula: string;
  readonly dossiers: string;
  readonly rate: string;
  readonly threshold: Qd766ShownCell;
  readonly points: string;
  readonly shortOfFull: string;
  readonly source: Qd766ShownCell;
}

export interface Qd766CompareRow {
  readonly name: string;
  readonly official: string;
  readonly estimate: string;
  readonly difference: string;
}

export interface Qd766EstimateView {
  /** "T7/2026" or "T7/2026–T10/2026". */
  readonly periodText: string;
  readonly months: readonly string[];
  readonly drills: readonly {readonly formula: Qd766Formula; readonly drill: Qd766Drilldown}[];
  readonly rows: readonly Qd766EstimateRow[];
  readonly compare: readonly Qd766CompareRow[];
}

/** The months of the dossier estimate, oldest first. */
export function qd766EstimateMonths(cells: readonly Qd766Cell[]): string[] {
  return [...new Set(cells.map((c) => c.month))].sort();
}

/**
 * One commune's QĐ 766 estimate from dossier exports for one month, or for every month with
 * dossiers (`month` null): per indicator the formula, dossiers, rate ("không có hồ sơ" for 0 of 0,
 * "thiếu số liệu" when a month or column is missing), threshold, points and dossiers short of
 * full points; then the comparable groups against the official score of the same month.
 */
export function qd766Estimate(
  estimate: {readonly cells: readonly Qd766Cell[]; readonly breakdown: readonly Qd766BreakdownRow[]},
  observations: readonly Qd766Observation[],
  unitId: string,
  month: string | null,
  lang: Lang
): Qd766EstimateView {
  const t = catalogue(lang).qd766;
  const en = lang === "en";
  const pts = (v: number | null): string => formatNumber(v, {digits: 2, lang});
  const all = qd766EstimateMonths(estimate.cells);
  const months = month === null ? all : [month];
  const periodText = month === null ? `${all[0] ? formatPeriod(all[0], lang) : "–"}–${all.at(-1) ? formatPeriod(all.at(-1)!, lang) : "–"}` : formatPeriod(month, lang);
  const drills = QD766_FORMULAS.map((formula) => ({formula, drill: qd766Drilldown(formula, estimate.cells, estimate.breakdown, {unitId, months})}));
  const rows = drills.map(({formula: f, drill: {score}}): Qd766EstimateRow => ({
    formulaId: f.id,
    name: en ? f.nameEn : f.nameVi,
    formula: `${en ? f.numeratorEn : f.numeratorVi} / ${en ? f.denominatorEn : f.denominatorVi}`,
    dossiers: score.denominator === null ? t.missing : `${formatNumber(score.numerator, {lang})}/${formatNumber(score.denominator, {lang})}`,
    rate: score.rate !== null ? formatPercent(score.rate, {digits: 1, lang}) : score.denominator === 0 ? t.noDossiers : t.missing,
    threshold: {text: `${formatPercent(f.threshold, {digits: 1, lang})}${f.thresholdBasis === "chosen" ? t.chosenMark : ""}`, title: en ? f.noteEn : f.noteVi},
    points: `${score.points === null ? "–" : pts(score.points)}/${f.maxPoints}${f.maxPointsBasis === "chosen" ? "*" : ""}`,
    shortOfFull: formatNumber(qd766DossiersToThreshold(score.numerator, score.denominator, f.threshold), {lang}),
    source: {text: f.sourceVi.includes("76/NQ-CP") ? "QĐ 766/QĐ-TTg; NQ 76/NQ-CP" : "QĐ 766/QĐ-TTg", title: `${f.sourceVi}. ${en ? f.noteEn : f.noteVi}`}
  }));
  const compare = QD766_COMPARABLE.map((c): Qd766CompareRow => {
    const parts = drills.filter((d) => c.formulas.includes(d.formula.id));
    const est = parts.every((d) => d.drill.score.points !== null) ? parts.reduce((s, d) => s + d.drill.score.points!, 0) : null;
    const official = month === null ? null : observations.find((o) => o.unitId === unitId && o.period === month && o.indicator === `qd766_${c.column}`)?.value ?? null;
    const column = QD766_SCORE_COLUMNS.find((x) => x.key === c.column);
    const difference = est === null || official === null ? null : est - official;
    return {
      name: column === undefined ? c.column : en ? column.headerEn : column.header,
      official: official !== null ? pts(official) : month === null ? t.chooseMonth : t.missing,
      estimate: est === null ? t.missing : pts(est),
      difference: difference === null ? "–" : `${difference > 0 ? "+" : ""}${pts(difference)}`
    };
  });
  return {periodText, months, drills, rows, compare};
}
