import type {Unit} from "../model/unit.ts";
import type {PlanMeasurement, PlanTarget} from "./planTypes.ts";
import {targetAttainment, type MeasureResult} from "./targetAttainment.ts";

/**
 * A unit's standing on a target in a quarter: met, not met, unknown (some measure in scope not
 * reported, or nothing applicable), missing (nothing reported although owed), n/a (the target
 * does not measure this level of unit, or the unit did not exist).
 */
export type TargetCellState = "met" | "not-met" | "unknown" | "missing" | "n/a";

export interface TargetCell {
  readonly quarter: string;
  readonly state: TargetCellState;
  readonly measures: readonly MeasureResult[];
}

export interface TargetsByUnitRow {
  readonly unitId: string;
  /** One entry per target, in the plan's order, each with one cell per quarter. */
  readonly targets: readonly {readonly target: string; readonly quarters: readonly TargetCell[]}[];
}

/**
 * Units × targets × quarters, for the per-commune view of the targets (which commune falls
 * short of which target, and since when). Rows follow `units` (the district and the communes);
 * a unit owing no target in any of the quarters is left out. Rules: see targetAttainment.
 */
export function targetsByUnit(
  measurements: readonly PlanMeasurement[],
  targets: readonly PlanTarget[],
  quarters: readonly string[],
  units: readonly Unit[]
): TargetsByUnitRow[] {
  const attainment = new Map(targets.map((t) => [t.id, quarters.map((q) => targetAttainment(measurements, t, q, units))]));
  const rows = units.map((unit): TargetsByUnitRow => ({
    unitId: unit.id,
    targets: targets.map((target) => ({
      target: target.id,
      quarters: quarters.map((quarter, k): TargetCell => {
        const a = attainment.get(target.id)![k]!;
        const own = a.units.find((u) => u.unitId === unit.id);
        if (own !== undefined) return {quarter, state: own.met === true ? "met" : own.met === false ? "not-met" : "unknown", measures: own.measures};
        // targetAttainment lists as missing exactly the units in the target's scope, active in the quarter, that reported nothing
        return {quarter, state: a.missing.includes(unit.id) ? "missing" : "n/a", measures: []};
      })
    }))
  }));
  return rows.filter((row) => row.targets.some((t) => t.quarters.some((c) => c.state !== "n/a")));
}
