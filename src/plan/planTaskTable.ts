import type {Unit} from "../model/unit.ts";
import type {DutyProgress, Evidence} from "./dutyProgress.ts";
import type {Plan, PlanActivity, ProgressStatus} from "./planTypes.ts";
import {taskProgress} from "./taskProgress.ts";

/** One schedule of a task, as a line of the task table. */
export interface PlanDutyRow {
  readonly dutyId: string;
  readonly item: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly status: ProgressStatus;
  readonly evidence: Evidence;
  readonly of: DutyProgress["of"];
  readonly perCommune: boolean;
  /** Some window was met only after it closed. */
  readonly late: boolean;
  /** The first period still owed and not yet over, or null. */
  readonly nextDue: string | null;
  /** Per-commune duties: communes on schedule (done or on track) of those owing it; else null. */
  readonly communes: {readonly onSchedule: number; readonly owing: number} | null;
}

/** One task (nhiệm vụ) of the plan with its status as of a date: a row of the page's task table. */
export interface PlanTaskRow {
  readonly task: number;
  readonly titleVi: string;
  readonly titleEn: string;
  /** Lead agency ids (cơ quan chủ trì) over the task's items, in the plan's order, once each. */
  readonly leads: readonly string[];
  /** THỜI GIAN THỰC HIỆN as written, one entry per distinct item schedule. */
  readonly scheduleVi: readonly string[];
  readonly status: ProgressStatus;
  /** Sum of the counts reported towards the task's duties. */
  readonly delivered: number;
  readonly duties: readonly PlanDutyRow[];
  /** Activities not counted because they are dated outside the plan (see taskProgress). */
  readonly warnings: readonly string[];
}

/**
 * Every task of the plan with its progress as of `asOf` ("YYYY-MM-DD"), one line per duty, for
 * the task table and its CSV. `units` are the communes owing per-commune duties (planCommunes).
 * Rules: see taskProgress and dutyProgress.
 */
export function planTaskTable(plan: Pick<Plan, "tasks">, activities: readonly PlanActivity[], asOf: string, units: readonly Unit[]): PlanTaskRow[] {
  return plan.tasks.map((task) => {
    const progress = taskProgress(task, activities, asOf, units);
    const duties = task.items.flatMap((item) => item.duties);
    const rows = progress.items.flatMap((i) => i.duties).map((p): PlanDutyRow => {
      const duty = duties.find((d) => d.id === p.dutyId)!;
      return {
        dutyId: p.dutyId,
        item: p.item,
        nameVi: duty.nameVi,
        nameEn: duty.nameEn,
        status: p.status,
        evidence: p.evidence,
        of: p.of,
        perCommune: p.perCommune,
        late: p.late,
        nextDue: p.nextDue,
        communes: p.perCommune ? {onSchedule: p.units.filter((u) => u.status === "done" || u.status === "on-track").length, owing: p.units.length} : null
      };
    });
    return {
      task: task.number,
      titleVi: task.titleVi,
      titleEn: task.titleEn,
      leads: [...new Set(task.items.flatMap((i) => i.lead))],
      scheduleVi: [...new Set(task.items.map((i) => i.scheduleVi))],
      status: progress.status,
      delivered: progress.delivered,
      duties: rows,
      warnings: progress.warnings
    };
  });
}
