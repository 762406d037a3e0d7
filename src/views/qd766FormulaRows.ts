import type {Lang} from "../format/lang.ts";
import {QD766_FORMULAS} from "../qd766/qd766Formulas.ts";
import {QD766_GROUPS} from "../qd766/qd766Groups.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/** One estimated QĐ 766 indicator as /methodology tabulates it, in one language. */
export interface Qd766FormulaRow {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly formula: string;
  readonly maxPoints: string;
  readonly threshold: string;
  readonly sourceAndNote: string;
}

/**
 * The formulas of the QĐ 766 estimate, read from the library so the text is the code: numerator
 * over denominator (and the export column it needs, if any), maximum points and threshold each
 * marked cited or chosen, source and note.
 */
export function qd766FormulaRows(lang: Lang): Qd766FormulaRow[] {
  const t = catalogue(lang).methodology;
  const tq = catalogue(lang).qd766;
  const en = lang === "en";
  const basis = (b: string): string => (b === "cited" ? t.cited : t.chosen);
  return QD766_FORMULAS.map((f) => {
    const group = QD766_GROUPS.find((g) => g.id === f.group);
    const needs = f.needs.map((n) => (n === "digitised" ? tq.columnDigitised : tq.columnEResult)).join(", ");
    return {
      id: f.id,
      name: en ? f.nameEn : f.nameVi,
      group: group === undefined ? f.group : en ? group.nameEn : group.nameVi,
      formula: `${en ? f.numeratorEn : f.numeratorVi} / ${en ? f.denominatorEn : f.denominatorVi}${needs ? ` (${t.needsColumns(needs)})` : ""}`,
      maxPoints: `${f.maxPoints} (${basis(f.maxPointsBasis)})`,
      threshold: `${Math.round(f.threshold * 100)}% (${basis(f.thresholdBasis)})`,
      sourceAndNote: `${f.sourceVi}. ${en ? f.noteEn : f.noteVi}`
    };
  });
}
