import type {Unit} from "../model/unit.ts";
import {dutyProgress, type DutyProgress, type Evidence, type SlotStatus} from "./dutyProgress.ts";
import type {PlanActivity, PlanDuty, ProgressStatus} from "./planTypes.ts";

export interface DutyCell {
  readonly dutyId: string;
  /** null when the commune owes nothing of this duty (it did not exist during the plan's periods). */
  readonly status: ProgressStatus | null;
  readonly evidence: Evidence | null;
  /** What the evidence counts (months, quarters, activities…), as in DutyProgress. */
  readonly of: DutyProgress["of"];
  /** Period by period, for a month-by-month strip. */
  readonly slots: readonly SlotStatus[];
}

export interface DutyMatrixRow {
  readonly unitId: string;
  readonly cells: readonly DutyCell[];
}

/**
 * Communes × per-commune duties (the monthly good example, the quarterly radio programme, the
 * continuous rebroadcast of task 14), each cell with the commune's status as of `asOf` and its
 * periods, for a matrix coloured by status. Duties not owed per commune are left out. Rows are
 * the communes in `units` that owe at least one of the duties (a commune merged in 2025 is a row
 * of the 2024 plan; the communes formed on 2025-07-01 are rows of a 2025 plan from its Q3 on),
 * in the order given. Rules: see dutyProgress.
 */
export function dutyMatrix(reports: readonly PlanActivity[], units: readonly Unit[], duties: readonly PlanDuty[], asOf: string): DutyMatrixRow[] {
  const perCommune = duties.filter((d) => d.schedule.each === "commune");
  const progress = perCommune.map((d) => dutyProgress(d, reports, asOf, units));
  return units
    .map((unit) => ({
      unitId: unit.id,
      cells: progress.map((p): DutyCell => {
        const own = p.units.find((u) => u.unitId === unit.id);
        return own === undefined
          ? {dutyId: p.dutyId, status: null, evidence: null, of: p.of, slots: []}
          : {dutyId: p.dutyId, status: own.status, evidence: own.evidence, of: p.of, slots: own.slots};
      })
    }))
    .filter((row) => row.cells.some((c) => c.status !== null));
}
