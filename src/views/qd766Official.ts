import {formatNumber} from "../format/formatNumber.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import type {Qd766Observation} from "./qd766Communes.ts";

/** A published table as data/qd766/tables.json gives it. */
export interface Qd766Table {
  readonly period: string;
  readonly source: string | null;
  readonly published: string | null;
  readonly unitsInTable: number;
  readonly best: Readonly<Record<string, number | null>>;
  readonly classifications: readonly {readonly unitId: string; readonly classification: string}[];
}

export interface Qd766OfficialRow {
  readonly period: string;
  readonly periodText: string;
  readonly total: string;
  readonly rank: string;
  readonly classification: string;
  readonly sourceDate: string;
  readonly figures: {readonly text: string; readonly className: string};
}

export interface Qd766OfficialView {
  /** Monthly totals of the area's communes, and the best of each monthly table (the chart's lines). */
  readonly totals: readonly Qd766Observation[];
  readonly best: readonly Qd766Observation[];
  /** The chosen commune's official scores, newest first (the table alternative). */
  readonly rows: readonly Qd766OfficialRow[];
  /** The latest period the commune is scored in, or null. */
  readonly latest: string | null;
  /** One sentence: the commune's latest total and rank. */
  readonly summary: string;
}

const MONTH = /^\d{4}-\d{2}$/;

/** The official QĐ 766 scores as /qd766 shows them: the communes' monthly totals against the table's best, and one commune's table. */
export function qd766Official(
  observations: readonly Qd766Observation[],
  tables: readonly Qd766Table[],
  communeIds: readonly string[],
  unit: {readonly id: string; readonly name: string},
  lang: Lang
): Qd766OfficialView {
  const t = catalogue(lang).qd766;
  const pts = (v: number | null): string => formatNumber(v, {digits: 2, lang});
  const inArea = new Set(communeIds);
  const value = (period: string, indicator: string): number | null =>
    observations.find((o) => o.unitId === unit.id && o.period === period && o.indicator === indicator)?.value ?? null;
  const rows = observations
    .filter((o) => o.unitId === unit.id && o.indicator === "qd766_total")
    .sort((a, b) => b.period.localeCompare(a.period))
    .map((o): Qd766OfficialRow => {
      const table = tables.find((x) => x.period === o.period);
      const rank = value(o.period, "qd766_rank");
      return {
        period: o.period,
        periodText: formatPeriod(o.period, lang),
        total: pts(o.value),
        rank: rank === null ? "–" : `${rank}/${table?.unitsInTable ?? "?"}`,
        classification: table?.classifications.find((c) => c.unitId === unit.id)?.classification ?? "–",
        sourceDate: `${table?.source ?? o.source}${table?.published ? ` (${table.published})` : ""}`,
        figures: o.sample ? {text: catalogue(lang).common.sample, className: "is-sample"} : {text: t.official, className: "is-real"}
      };
    });
  const first = rows[0];
  return {
    totals: observations.filter((o) => o.indicator === "qd766_total" && inArea.has(o.unitId) && MONTH.test(o.period)),
    best: observations.filter((o) => o.indicator === "qd766_best_total" && MONTH.test(o.period)),
    rows,
    latest: first?.period ?? null,
    summary: first === undefined ? t.trendNone(unit.name) : t.trendSummary(unit.name, first.periodText, first.total, first.rank === "–" ? "" : first.rank)
  };
}
