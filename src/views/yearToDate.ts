import type {Observation} from "../model/observation.ts";
import {sumOverMonths} from "../model/sumOverMonths.ts";

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
  // The pooling is sumOverMonths'; a year-to-date figure also names the files it comes from.
  const sources = new Map<string, Set<string>>();
  for (const o of observations) {
    if (o.grain !== "month" || o.period < first || o.period > through || !o.source) continue;
    const key = `${o.unitId}|${o.indicator}`;
    sources.set(key, (sources.get(key) ?? new Set()).add(o.source));
  }
  return sumOverMonths(observations, first, through)
    .map(
      (sum): YearToDate => ({
        unitId: sum.unitId,
        indicator: sum.indicator,
        period: through.slice(0, 4),
        grain: "year",
        value: sum.value,
        numerator: sum.numerator,
        denominator: sum.denominator,
        source: [...(sources.get(`${sum.unitId}|${sum.indicator}`) ?? [])].sort().join("; "),
        sample: sum.sample,
        through,
        complete: sum.missingMonths.length === 0
      })
    )
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
