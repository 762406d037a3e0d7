import {formatNumber} from "../format/formatNumber.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import type {Qd766LossShare} from "../qd766/qd766AttributeLoss.ts";
import {NOT_RECORDED, type Qd766Drilldown} from "../qd766/qd766Drilldown.ts";
import type {Qd766Formula} from "../qd766/qd766Formulas.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

export interface Qd766LossRow {
  readonly key: string;
  readonly label: string;
  readonly failing: number;
  readonly failingText: string;
  readonly pointsLost: number;
  readonly pointsLostText: string;
}

export interface Qd766LossesView {
  readonly title: string;
  readonly subtitle: string;
  /** The one sentence that answers "where do the points go": the procedure that costs most. */
  readonly sentence: string;
  readonly byProcedure: readonly Qd766LossRow[];
  readonly byField: readonly Qd766LossRow[];
  readonly byMonth: readonly Qd766LossRow[];
  /** "và 12 thủ tục khác…" when the table shows only the first 10 procedures; "" otherwise. */
  readonly more: string;
}

/** Shown procedures at most; the download has all. */
export const QD766_PROCEDURES_SHOWN = 10;

/**
 * Where one indicator's estimated points go for one commune and period: a sentence naming the
 * procedure that costs most, and the points lost by procedure (first ten), field and month.
 */
export function qd766Losses(formula: Readonly<Qd766Formula>, drill: Readonly<Qd766Drilldown>, unitName: string, periodText: string, lang: Lang): Qd766LossesView {
  const t = catalogue(lang).qd766;
  const pts = (v: number | null): string => formatNumber(v, {digits: 2, lang});
  const name = lang === "en" ? formula.nameEn : formula.nameVi;
  const word = t.failingWord[formula.id] ?? "";
  const keyText = (k: string): string => (k === NOT_RECORDED ? t.notRecorded : k);
  const rows = (shares: readonly Qd766LossShare<string>[], label: (k: string) => string): Qd766LossRow[] =>
    shares.map((x) => ({key: x.key, label: label(x.key), failing: x.failing, failingText: formatNumber(x.failing, {lang}), pointsLost: x.pointsLost, pointsLostText: pts(x.pointsLost)}));
  const top = drill.byProcedure[0];
  const {score} = drill;
  return {
    title: t.drillTitle(name, unitName, periodText),
    subtitle: score.pointsLost === null ? t.drillNone : t.drillSubtitle(pts(score.pointsLost), String(formula.maxPoints), formatNumber(score.failing, {lang}), word),
    sentence: top === undefined || score.pointsLost === 0 ? t.noLoss : t.lossSentence(formatNumber(top.failing, {lang}), keyText(top.key), word, pts(top.pointsLost), name.toLowerCase()),
    byProcedure: rows(drill.byProcedure, keyText),
    byField: rows(drill.byField, keyText),
    byMonth: rows(drill.byMonth, (m) => formatPeriod(m, lang)),
    more: drill.byProcedure.length > QD766_PROCEDURES_SHOWN ? t.more(formatNumber(drill.byProcedure.length - QD766_PROCEDURES_SHOWN, {lang})) : ""
  };
}
