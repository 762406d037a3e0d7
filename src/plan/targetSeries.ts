import type {Unit} from "../model/unit.ts";
import type {PlanMeasurement, PlanTarget} from "./planTypes.ts";
import {targetAttainment} from "./targetAttainment.ts";

/** One target in one quarter: how many units meet it and the distance to 100%. */
export interface TargetQuarter {
  readonly target: string;
  readonly quarter: string;
  readonly measured: number;
  readonly meeting: number;
  /** meeting / measured; null when no unit's status is known (never 0%). */
  readonly share: number | null;
  /** 1 - share, or null. */
  readonly gap: number | null;
  /** Units expected and not reported (left out of the share). */
  readonly missing: readonly string[];
}

/**
 * Each target (chỉ tiêu) quarter by quarter: the share of units meeting it and the gap to 100%,
 * for a chart over time. `expected`: the communes and the district (units that reported
 * nothing are listed as missing, not counted as 0%). Rules: see targetAttainment.
 */
export function targetSeries(
  measurements: readonly PlanMeasurement[],
  targets: readonly PlanTarget[],
  quarters: readonly string[],
  expected: readonly Unit[]
): TargetQuarter[] {
  return targets.flatMap((target) =>
    quarters.map((quarter): TargetQuarter => {
      const a = targetAttainment(measurements, target, quarter, expected);
      return {target: target.id, quarter, measured: a.measured, meeting: a.meeting, share: a.share, gap: a.gap, missing: a.missing};
    })
  );
}
