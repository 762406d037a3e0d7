import type {Unit} from "../model/unit.ts";
import {combineStatus} from "./combineStatus.ts";
import {dutyProgress, type DutyProgress, type Evidence} from "./dutyProgress.ts";
import type {PlanActivity, PlanTask, ProgressStatus} from "./planTypes.ts";

export interface ItemProgress {
  readonly id: string;
  readonly status: ProgressStatus;
  readonly duties: readonly DutyProgress[];
}

export interface TaskProgress {
  readonly task: number;
  readonly status: ProgressStatus;
  /** Summed over the task's duties when they count alike (e.g. months), else null: see `items`. */
  readonly evidence: Evidence | null;
  readonly of: DutyProgress["of"] | null;
  readonly delivered: number;
  readonly items: readonly ItemProgress[];
  /** Activities for this task that were not counted, and why. */
  readonly ignored: {readonly outsidePlan: number; readonly afterAsOf: number};
  readonly warnings: readonly string[];
}

/**
 * A task's progress against its schedule as of `asOf` ("YYYY-MM-DD"), from reported activities
 * (any task: only this task's items are used). `units` are the communes that owe per-commune
 * duties (planCommunes), old and new alike: each owes the periods in which it existed.
 *
 * Activities dated outside the plan's months are not counted: a plan covers its own year only,
 * and a 2025 report belongs to the 2025 plan (whose task numbers may differ). They are counted
 * in `ignored.outsidePlan` with a warning. Activities after the month of `asOf` are not yet
 * known as of that date (`ignored.afterAsOf`, no warning). Rules per duty: see dutyProgress.
 */
export function taskProgress(task: PlanTask, reports: readonly PlanActivity[], asOf: string, units: readonly Unit[]): TaskProgress {
  const itemIds = new Set(task.items.map((i) => i.id));
  const mine = reports.filter((a) => itemIds.has(a.item));
  const duties = task.items.flatMap((i) => i.duties);
  const from = duties[0]?.from ?? "";
  const to = duties[0]?.to ?? "";
  const asOfMonth = asOf.slice(0, 7);
  const outside = mine.filter((a) => a.month < from || a.month > to);
  const later = mine.filter((a) => a.month >= from && a.month <= to && a.month > asOfMonth);
  const used = mine.filter((a) => a.month >= from && a.month <= to && a.month <= asOfMonth);

  const warnings: string[] = [];
  if (outside.length > 0) {
    const months = outside.map((a) => a.month).sort();
    warnings.push(
      `${outside.length} activity report(s) for task ${task.number} dated ${months[0]}${months.length > 1 ? ` to ${months[months.length - 1]}` : ""}, ` +
        `outside the plan (${from} to ${to}), are not counted: each year's plan counts its own months only`
    );
  }

  const items: ItemProgress[] = task.items.map((item) => {
    const progress = item.duties.map((d) => dutyProgress(d, used, asOf, units));
    return {id: item.id, status: combineStatus(progress.map((p) => ({status: p.status, delivered: p.delivered, expectedByNow: p.evidence.expectedByNow}))), duties: progress};
  });
  const all = items.flatMap((i) => i.duties);
  const alike = all.length > 0 && all.every((d) => d.of === all[0]!.of && d.perCommune === all[0]!.perCommune);
  return {
    task: task.number,
    status: combineStatus(all.map((p) => ({status: p.status, delivered: p.delivered, expectedByNow: p.evidence.expectedByNow}))),
    evidence: alike
      ? {
          done: all.reduce((t, d) => t + d.evidence.done, 0),
          due: all.reduce((t, d) => t + d.evidence.due, 0),
          expectedByNow: all.reduce((t, d) => t + d.evidence.expectedByNow, 0)
        }
      : null,
    of: alike ? all[0]!.of : null,
    delivered: all.reduce((t, d) => t + d.delivered, 0),
    items,
    ignored: {outsidePlan: outside.length, afterAsOf: later.length},
    warnings
  };
}
