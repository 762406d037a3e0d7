import {monthsBetween} from "../period/monthsBetween.ts";
import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {Observation} from "./observation.ts";

export interface WindowSum {
  readonly unitId: string;
  readonly indicator: string;
  /** First and last month of the window ("YYYY-MM"). */
  readonly from: string;
  readonly to: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  /** Months of the window the unit has no figure for; the sums are null when any is missing. */
  readonly missingMonths: readonly string[];
  readonly sample: boolean;
}

/**
 * Per unit and indicator, the counts of the months `from`..`to` added up and the rate
 * recomputed from the sums (e.g. the online share over the latest 12 months), by poolCounts'
 * rule: a window with a month not reported has null sums (a sum over fewer months is a
 * different number), and the missing months are listed so a page can say why; a month with
 * nothing to count (0/0) adds zero. Only units with at least one monthly observation in the
 * window appear.
 */
export function sumOverMonths(observations: readonly Observation[], from: string, to: string): WindowSum[] {
  const months = monthsBetween(from, to);
  const inWindow = new Set(months);
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.grain !== "month" || !inWindow.has(o.period)) continue;
    const key = `${o.unitId}|${o.indicator}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const result: WindowSum[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const isRate = isRateRows(list);
    const byMonth = new Map(list.map((o) => [o.period, o]));
    const pooled = poolCounts(months.map((m) => byMonth.get(m)), isRate);
    const missingMonths = months.filter((m) => !poolCounts([byMonth.get(m)], isRate).complete);
    result.push({
      unitId: first.unitId,
      indicator: first.indicator,
      from,
      to,
      numerator: pooled.numerator,
      denominator: pooled.denominator,
      value: pooled.value,
      missingMonths,
      sample: list.some((o) => o.sample)
    });
  }
  return result;
}
