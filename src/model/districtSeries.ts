import type {Observation} from "./observation.ts";

/**
 * The district's monthly series (toàn huyện): per indicator and month, the sum of the counts of
 * the units `expected(month)` names, rates recomputed from the summed numerators and
 * denominators. A month in which any expected unit has no report, or a missing value, is null:
 * a total over fewer communes would be a wrong number. Months for which `expected` names no
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
    const isRate = rows.some((o) => o !== undefined && o.denominator !== null);
    const complete = rows.every((o) => o !== undefined && o.value !== null && o.numerator !== null && (!isRate || o.denominator !== null));
    const present = rows.filter((o): o is Observation => o !== undefined);
    const numerator = complete ? present.reduce((s, o) => s + o.numerator!, 0) : null;
    const denominator = complete && isRate ? present.reduce((s, o) => s + o.denominator!, 0) : null;
    result.push({
      unitId: districtId,
      indicator,
      period,
      grain: "month",
      numerator,
      denominator,
      value: numerator === null ? null : isRate ? (denominator ? numerator / denominator : null) : options.perUnit === true ? numerator / members.length : numerator,
      source: [...new Set(present.map((o) => o.source).filter(Boolean))].sort().join("; "),
      sample: present.some((o) => o.sample)
    });
  }
  return result.sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
