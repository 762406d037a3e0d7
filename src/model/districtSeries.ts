import {isRateRows} from "../rates/isRateRows.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {Observation} from "./observation.ts";

/**
 * The district's monthly series (toàn huyện): per indicator and month, the sum of the counts of
 * the units `expected(month)` names, rates recomputed from the summed numerators and
 * denominators by poolCounts' rule: a month in which any expected unit has no report, or a report
 * without its counts, is null (a total over fewer communes would be a wrong number); a commune
 * with nothing to count (0/0) adds zero. Months for which `expected` names no
 * unit (the district no longer exists) are left out. Rows of other units are ignored.
 *
 * With `perUnit`, a count (an indicator without denominator) is given as the mean per expected
 * unit (trung bình một xã), so that one commune's count can be drawn against it; its numerator
 * stays the district total. Rates are the district's pooled rate either way.
 */
export function districtSeries(
  observations: readonly Observation[],
  expected: (month: string) => readonly string[],
  districtId: string,
  options: {readonly perUnit?: boolean} = {}
): Observation[] {
  const groups = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    if (o.grain !== "month") continue;
    const key = `${o.indicator}|${o.period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    group.set(o.unitId, o);
  }
  const result: Observation[] = [];
  for (const [key, group] of groups) {
    const [indicator, period] = key.split("|") as [string, string];
    const members = expected(period);
    if (members.length === 0) continue;
    const rows = members.map((id) => group.get(id));
    const isRate = isRateRows(rows);
    const pooled = poolCounts(rows, isRate);
    const present = rows.filter((o): o is Observation => o !== undefined);
    const perUnit = !isRate && options.perUnit === true && pooled.numerator !== null;
    result.push({
      unitId: districtId,
      indicator,
      period,
      grain: "month",
      numerator: pooled.numerator,
      denominator: pooled.denominator,
      value: perUnit ? pooled.numerator! / members.length : pooled.value,
      source: [...new Set(present.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: present.some((o) => o.sample)
    });
  }
  return result.sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
