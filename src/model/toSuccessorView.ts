import type {Observation} from "./observation.ts";
import type {LineageLink, Unit} from "./unit.ts";
import {isUnitActive} from "./isUnitActive.ts";
import {successorAt} from "./successorAt.ts";

export interface SuccessorObservation extends Observation {
  /** The successor also covers units from outside the area the data come from (e.g. outside the former district). */
  readonly partial: boolean;
}

/**
 * The lineage view across the 2025 reorganisation: every old unit's counts are summed into
 * the unit it became on `asOf`, so a trend runs through the change. Rates are recomputed from
 * summed numerators and denominators, never averaged. A successor that also contains units
 * not in `coveredUnits` (the area's units, areaUnits: outside the former district) is partial.
 * Works on monthly observations; roll up to quarters or years afterwards. When one of the
 * covered units that make up a successor has no report for a month, the successor's value for
 * that month is missing: a sum over the others would be a wrong number.
 */
export function toSuccessorView(
  observations: readonly Observation[],
  units: readonly Unit[],
  links: readonly LineageLink[],
  options: {readonly asOf: string; readonly coveredUnits: readonly string[]}
): SuccessorObservation[] {
  const coveredIds = new Set(options.coveredUnits);
  const partialSuccessors = new Set<string>();
  for (const link of links) {
    // the area is the units listed, not a district's children: Lộc Hà's communes kept belonging to it after the district ended
    if (!coveredIds.has(link.oldId)) {
      partialSuccessors.add(successorAt(link.oldId, options.asOf, links));
    }
  }
  const successorOf = new Map<string, string>();
  const successor = (id: string): string => {
    let s = successorOf.get(id);
    if (s === undefined) successorOf.set(id, (s = successorAt(id, options.asOf, links)));
    return s;
  };
  const covered = units.filter(
    (u) => u.level === "commune" && (coveredIds.has(u.id) || successor(u.id) === u.id)
  );
  const expectedMembers = (successorId: string, month: string): string[] =>
    covered.filter((u) => isUnitActive(u, month) && successor(u.id) === successorId).map((u) => u.id);
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.grain !== "month") throw new Error(`toSuccessorView expects monthly observations, got ${o.grain} ${o.period}`);
    const key = JSON.stringify([successor(o.unitId), o.indicator, o.period, o.grain]);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const result: SuccessorObservation[] = [];
  for (const [key, group] of groups) {
    const [unitId] = JSON.parse(key) as [string];
    const first = group[0]!;
    const isRate = group.every((o) => o.denominator !== null);
    const present = new Set(group.map((o) => o.unitId));
    const incomplete = expectedMembers(unitId, first.period).some((id) => !present.has(id));
    const anyMissing = incomplete || group.some((o) => o.numerator === null || (isRate && o.denominator === null));
    const numerator = anyMissing ? null : group.reduce((s, o) => s + (o.numerator ?? 0), 0);
    const denominator = anyMissing || !isRate ? null : group.reduce((s, o) => s + (o.denominator ?? 0), 0);
    const value = numerator === null ? null : isRate ? (denominator ? numerator / denominator : null) : numerator;
    result.push({
      unitId,
      indicator: first.indicator,
      period: first.period,
      grain: first.grain,
      value,
      numerator,
      denominator,
      source: [...new Set(group.map((o) => o.source))].sort().join("; "),
      sample: group.some((o) => o.sample),
      partial: partialSuccessors.has(unitId) && first.period < options.asOf.slice(0, 7)
    });
  }
  return result;
}
