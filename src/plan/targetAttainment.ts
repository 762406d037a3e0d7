import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit} from "../model/unit.ts";
import {periodRange} from "../period/periodRange.ts";
import type {PlanMeasurement, PlanTarget} from "./planTypes.ts";

export interface MeasureResult {
  readonly measure: string;
  readonly numerator: number;
  readonly denominator: number;
  /** null when nothing was to be counted (0 of 0). */
  readonly share: number | null;
  /** At 100%; null when not applicable (0 of 0). */
  readonly met: boolean | null;
}

export interface UnitAttainment {
  readonly unitId: string;
  /** The quarter the unit's status comes from. */
  readonly quarter: string;
  /** Every applicable measure at 100%; null when unknown (a measure in scope not reported, or nothing applicable). */
  readonly met: boolean | null;
  readonly measures: readonly MeasureResult[];
}

export interface TargetAttainment {
  readonly target: string;
  readonly period: string;
  readonly units: readonly UnitAttainment[];
  /** Units expected to be measured (when given) with no measurement of this target in the period. */
  readonly missing: readonly string[];
  /** Units whose status is known (met true or false). */
  readonly measured: number;
  readonly meeting: number;
  /** meeting / measured, or null when no unit's status is known (missing is never 0%). */
  readonly share: number | null;
  /** Distance to 100%: 1 - share, or null. */
  readonly gap: number | null;
}

/**
 * How many units meet a target (chỉ tiêu) in `period`: a quarter ("2024-Q3") or a year ("2024").
 * A unit meets it when every measure it reported is at 100% (yes, or n of n); a measure of
 * 0 of 0 is not applicable. For a year, each unit's latest quarter measured in that year
 * counts: these targets describe a state to maintain, so the year ends where the unit ended.
 * With `expected` units (e.g. the plan's communes and the district), units active in the
 * period whose level a measure covers and that reported nothing are listed as `missing` and
 * left out of the share; when a unit's level is known, a measure in scope it did not report
 * makes its status unknown.
 */
export function targetAttainment(
  measurements: readonly PlanMeasurement[],
  target: PlanTarget,
  period: string,
  expected?: readonly Unit[]
): TargetAttainment {
  const {first, last} = periodRange(period);
  const quarterIn = (q: string): boolean => {
    const r = periodRange(q);
    return r.first >= first && r.last <= last;
  };
  const ids = new Set(target.measures.map((m) => m.id));
  const mine = measurements.filter((m) => ids.has(m.measure) && quarterIn(m.quarter));
  const levelOf = new Map((expected ?? []).map((u) => [u.id, u.level]));

  const byUnit = new Map<string, PlanMeasurement[]>();
  for (const m of mine) byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), m]);
  const units: UnitAttainment[] = [...byUnit]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, list]) => {
      const quarter = list.map((m) => m.quarter).sort()[list.length - 1]!;
      const measures: MeasureResult[] = list
        .filter((m) => m.quarter === quarter)
        .sort((a, b) => (a.measure < b.measure ? -1 : 1))
        .map((m) => {
          const share = m.denominator > 0 ? m.numerator / m.denominator : null;
          return {measure: m.measure, numerator: m.numerator, denominator: m.denominator, share, met: share === null ? null : m.numerator >= m.denominator};
        });
      const level = levelOf.get(unitId);
      const inScope = level === "commune" || level === "district" ? target.measures.filter((tm) => tm.scope.includes(level)).map((tm) => tm.id) : [];
      const unreported = inScope.some((id) => !measures.some((r) => r.measure === id));
      const met = measures.some((r) => r.met === false)
        ? false
        : unreported || measures.every((r) => r.met === null)
          ? null
          : true;
      return {unitId, quarter, met, measures};
    });

  const scopes = new Set(target.measures.flatMap((m) => m.scope));
  const missing = (expected ?? [])
    .filter((u) => (u.level === "commune" || u.level === "district") && scopes.has(u.level))
    .filter((u) => isUnitActiveBetween(u, first, last) && !byUnit.has(u.id))
    .map((u) => u.id);
  const measured = units.filter((u) => u.met !== null).length;
  const meeting = units.filter((u) => u.met === true).length;
  const share = measured > 0 ? meeting / measured : null;
  return {target: target.id, period, units, missing, measured, meeting, share, gap: share === null ? null : 1 - share};
}
