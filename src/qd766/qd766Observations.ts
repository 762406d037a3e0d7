import type {Observation} from "../model/observation.ts";
import type {ParsedQd766Table} from "./parseQd766Table.ts";
import {QD766_SCORE_COLUMNS} from "./qd766Layout.ts";

/**
 * Observations from a parsed QĐ 766 table: per unit of the area, each published score and the
 * rank (a blank cell gives none: missing, never 0); on `provinceId`, the best total of the table.
 */
export function qd766Observations(table: Readonly<ParsedQd766Table>, source: string, provinceId: string | null): Observation[] {
  const base = {period: table.period.id, grain: table.period.grain, numerator: null, denominator: null, source, sample: table.sample} as const;
  const out: Observation[] = [];
  for (const row of table.rows) {
    for (const c of QD766_SCORE_COLUMNS) {
      const value = row.scores[c.key];
      if (value !== null) out.push({...base, unitId: row.unitId, indicator: `qd766_${c.key}`, value});
    }
    if (row.rank !== null) out.push({...base, unitId: row.unitId, indicator: "qd766_rank", value: row.rank});
  }
  if (provinceId !== null && table.best.total !== null) out.push({...base, unitId: provinceId, indicator: "qd766_best_total", value: table.best.total});
  return out;
}
