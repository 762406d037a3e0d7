import type {Observation} from "../model/observation.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";

/** A year's figure pooled from January (or `from`) to `through`: lũy kế từ đầu năm. */
export interface YearToDate extends Observation {
  /** The last month pooled, "YYYY-MM": the figure is year-to-date through it. */
  readonly through: string;
  /** Every month from the first to `through` was reported with its counts. */
  readonly complete: boolean;
}

/**
 * Year-to-date figures (lũy kế từ đầu năm) per unit and indicator: the monthly counts from
 * January of `through`'s year (or from `from`, when later) to `through`, pooled by poolCounts'
 * rule (a month not reported makes the figure missing; 0/0 adds zero; a rate from summed counts,
 * never averaged). Period id is the year; `through` says how far it runs.
 */
export function yearToDate(observations: readonly Observation[], through: string, from?: string): YearToDate[] {
  const january = `${through.slice(0, 4)}-01`;
  const first = from !== undefined && from > january ? from : january;
  const months = monthsBetween(first, through);
  const groups = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    if (o.grain !== "month" || o.period < first || o.period > through) continue;
    const key = `${o.unitId}|${o.indicator}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    group.set(o.period, o);
  }
  const result: YearToDate[] = [];
  for (const [key, group] of groups) {
    const [unitId, indicator] = key.split("|") as [string, string];
    const rows = [...group.values()];
    const pooled = poolCounts(months.map((m) => group.get(m)), isRateRows(rows));
    result.push({
      unitId,
      indicator,
      period: through.slice(0, 4),
      grain: "year",
      value: pooled.value,
      numerator: pooled.numerator,
      denominator: pooled.denominator,
      source: [...new Set(rows.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: rows.some((o) => o.sample),
      through,
      complete: pooled.complete
    });
  }
  return result.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
