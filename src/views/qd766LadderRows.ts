import {formatNumber} from "../format/formatNumber.ts";
import type {Lang} from "../format/lang.ts";
import {qd766Ladder, type Qd766Rung} from "../qd766/qd766Ladder.ts";
import {QD766_SCORE_COLUMNS} from "../qd766/qd766Layout.ts";
import type {Qd766Observation} from "./qd766Communes.ts";
import type {Qd766Table} from "./qd766Official.ts";

/** One published column of the target ladder, each rung as shown: "12,50 (+3,25)". */
export interface Qd766LadderRow {
  readonly column: string;
  readonly name: string;
  readonly commune: string;
  readonly bestArea: string;
  readonly bestProvince: string;
  readonly full: string;
}

/**
 * The target ladder of one commune in one period, per published column: its official points,
 * then the area's best commune, the best unit of the province's table and full points, each
 * with the gap still to climb. The online group's split is left out when no table has it.
 */
export function qd766LadderRows(
  observations: readonly Qd766Observation[],
  tables: readonly Qd766Table[],
  communeIds: readonly string[],
  unitId: string,
  period: string | null,
  lang: Lang
): Qd766LadderRow[] {
  if (period === null) return [];
  const pts = (v: number | null): string => formatNumber(v, {digits: 2, lang});
  const text = (r: Qd766Rung | undefined): string =>
    r === undefined || r.value === null ? "–" : `${pts(r.value)}${r.id === "commune" || r.gap === null ? "" : ` (${r.gap > 0 ? "+" : ""}${pts(r.gap)})`}`;
  const table = tables.find((x) => x.period === period);
  const hasGroup = observations.some((o) => o.indicator === "qd766_truc_tuyen");
  return QD766_SCORE_COLUMNS.filter((c) => c.key !== "truc_tuyen" || hasGroup).map((c) => {
    const at = (id: string): number | null => observations.find((o) => o.unitId === id && o.period === period && o.indicator === `qd766_${c.key}`)?.value ?? null;
    const area = communeIds.map(at).filter((v): v is number => v !== null);
    const rungs = qd766Ladder({commune: at(unitId), best_area: area.length ? Math.max(...area) : null, best_province: table?.best[c.key] ?? null, threshold: c.max});
    return {column: c.key, name: lang === "en" ? c.headerEn : c.header, commune: text(rungs[0]), bestArea: text(rungs[1]), bestProvince: text(rungs[2]), full: text(rungs[3])};
  });
}
