import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit} from "../model/unit.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {periodOf} from "../period/periodOf.ts";
import {combineStatus} from "./combineStatus.ts";
import {monthEnded} from "./monthEnded.ts";
import {addMonths} from "../period/addMonths.ts";
import {periodRange} from "../period/periodRange.ts";
import type {PlanActivity, PlanDuty, ProgressStatus} from "./planTypes.ts";

/** How far a duty is: `done` of `due`, of which `expectedByNow` should be done as of the date. */
export interface Evidence {
  readonly done: number;
  readonly due: number;
  readonly expectedByNow: number;
}

/** One period in which something is owed (for a count schedule: the pro-rata breakdown). */
export interface SlotStatus {
  /** "2024-03", "2024-Q3", "2024" or a window such as "2024-10". */
  readonly period: string;
  /** The commune that owes it, or null when the duty is not per commune. */
  readonly unitId: string | null;
  /** Sum of the counts reported in the period (for a late slot: including after it). */
  readonly delivered: number;
  readonly required: number;
  readonly met: boolean;
  /** Whether the period is over as of the date. */
  readonly ended: boolean;
  /** Met only by activities after the window (within-schedules only). */
  readonly late: boolean;
}

export interface UnitDutyProgress {
  readonly unitId: string | null;
  readonly status: ProgressStatus;
  readonly evidence: Evidence;
  /** Sum of the counts reported towards the duty (up to the date). */
  readonly delivered: number;
  readonly slots: readonly SlotStatus[];
}

export interface DutyProgress {
  readonly dutyId: string;
  readonly item: string;
  readonly status: ProgressStatus;
  readonly evidence: Evidence;
  /** What `evidence` counts: activities (count schedules) or periods met (the others). */
  readonly of: "activities" | "month" | "quarter" | "year" | "window";
  readonly perCommune: boolean;
  readonly delivered: number;
  /** Some window was met only after it closed. */
  readonly late: boolean;
  /** The first period still owed and not yet over, or null. */
  readonly nextDue: string | null;
  /** One entry per commune owing it (perCommune), else one entry with unitId null. */
  readonly units: readonly UnitDutyProgress[];
}

interface Window {
  readonly period: string;
  readonly first: string;
  readonly last: string;
  readonly required: number;
}

function windows(duty: PlanDuty): {of: DutyProgress["of"]; windows: Window[]} {
  const s = duty.schedule;
  const months = monthsBetween(duty.from, duty.to);
  const byPeriod = (per: "month" | "quarter" | "year", required: number): Window[] => {
    const groups = new Map<string, string[]>();
    for (const month of months) {
      const id = periodOf(month, per);
      groups.set(id, [...(groups.get(id) ?? []), month]);
    }
    return [...groups].map(([period, ms]) => ({period, first: ms[0]!, last: ms[ms.length - 1]!, required}));
  };
  switch (s.type) {
    case "continuous":
      return {of: "month", windows: monthsBetween(s.from, s.to).map((m) => ({period: m, first: m, last: m, required: 1}))};
    case "within": {
      const {first, last} = periodRange(s.period);
      return {of: "window", windows: [{period: s.period, first, last, required: s.count ?? 1}]};
    }
    case "atLeast":
    case "recurring":
      return {of: s.per, windows: byPeriod(s.per, s.count)};
    case "count":
      return {of: "activities", windows: byPeriod(s.perPeriod?.per ?? "month", s.perPeriod?.count ?? 0)};
  }
}

/**
 * Progress of one duty as of `asOf` ("YYYY-MM-DD"). Activities outside the plan's months or
 * after the month of `asOf` are not counted (taskProgress reports them with warnings). Rules:
 *
 * - Activities count when they are for the duty's item and of a product type it counts; for a
 *   per-commune duty, only the commune's own. Reports are monthly, so everything reported in
 *   the month of `asOf` counts as of `asOf`.
 * - A period is over from its last day on. A commune owes a period when it existed during any
 *   month of it (isUnitActive): a commune merged on 2025-07-01 owes all of 2024 and 2025-Q1/Q2,
 *   a commune formed then owes from 2025-Q3.
 * - Slot schedules (continuous, within, atLeast, recurring): a period is met when its counts
 *   reach the requirement; a within-window not met in time is met late by activities after it.
 *   done = periods met, due = periods owed, expectedByNow = periods over.
 *   Status: "done" when every period owed is met; "not-started" when nothing at all was
 *   delivered and some period is over; "behind" when some period is over and not met;
 *   "on-track" otherwise (also when nothing is due yet).
 * - Count schedules: done = sum of counts, due = the count, expectedByNow = perPeriod.count ×
 *   periods over (capped at the count; without perPeriod, the count × months over / months).
 *   "done" when the count is reached; "not-started" when nothing and something was expected;
 *   "behind" when done < expectedByNow; else "on-track".
 * - Per commune: each commune is judged alone; the duty is "done" when every commune is,
 *   "not-started" when no commune delivered and something was expected, "behind" when any
 *   commune is behind or not started, else "on-track"; evidence is summed over communes.
 */
export function dutyProgress(duty: PlanDuty, activities: readonly PlanActivity[], asOf: string, units: readonly Unit[]): DutyProgress {
  const s = duty.schedule;
  const perCommune = s.each === "commune";
  const asOfMonth = asOf.slice(0, 7);
  const counted = activities.filter(
    (a) => a.item === duty.item && a.month <= asOfMonth && (duty.counts === null || duty.counts.includes(a.productType))
  );
  const {of, windows: all} = windows(duty);
  const owners: (Unit | null)[] = perCommune ? [...units] : [null];

  const planMonths = monthsBetween(duty.from, duty.to);
  const monthsOver = planMonths.filter((m) => monthEnded(m, asOf)).length;
  const results: UnitDutyProgress[] = [];
  for (const unit of owners) {
    const own = unit === null ? counted : counted.filter((a) => a.unitId === unit.id);
    const sumIn = (first: string, last: string): number => own.filter((a) => a.month >= first && a.month <= last).reduce((t, a) => t + a.count, 0);
    const owed = unit === null ? all : all.filter((w) => isUnitActiveBetween(unit, w.first, w.last));
    if (unit !== null && owed.length === 0) continue; // not a commune during this plan
    const delivered = owed.length === 0 ? 0 : sumIn(owed[0]!.first, owed[owed.length - 1]!.last);
    const slots: SlotStatus[] = owed.map((w) => {
      const inWindow = sumIn(w.first, w.last);
      const ended = monthEnded(w.last, asOf);
      const after = s.type === "within" && ended && inWindow < w.required ? sumIn(addMonths(w.last, 1), duty.to) : 0;
      const met = inWindow >= w.required || inWindow + after >= w.required;
      return {period: w.period, unitId: unit?.id ?? null, delivered: inWindow + after, required: w.required, met, ended, late: met && inWindow < w.required};
    });
    let evidence: Evidence;
    let status: ProgressStatus;
    if (s.type === "count") {
      const over = slots.filter((slot) => slot.ended).length;
      const expectedByNow = Math.min(s.count, s.perPeriod ? s.perPeriod.count * over : Math.floor((s.count * monthsOver) / planMonths.length));
      evidence = {done: delivered, due: s.count, expectedByNow};
      status = delivered >= s.count ? "done" : delivered === 0 && expectedByNow > 0 ? "not-started" : delivered < expectedByNow ? "behind" : "on-track";
    } else {
      const ended = slots.filter((slot) => slot.ended);
      evidence = {done: slots.filter((slot) => slot.met).length, due: slots.length, expectedByNow: ended.length};
      status =
        slots.length > 0 && slots.every((slot) => slot.met)
          ? "done"
          : delivered === 0 && ended.length > 0
            ? "not-started"
            : ended.some((slot) => !slot.met)
              ? "behind"
              : "on-track";
    }
    results.push({unitId: unit?.id ?? null, status, evidence, delivered, slots});
  }

  const evidence: Evidence = {
    done: results.reduce((t, r) => t + r.evidence.done, 0),
    due: results.reduce((t, r) => t + r.evidence.due, 0),
    expectedByNow: results.reduce((t, r) => t + r.evidence.expectedByNow, 0)
  };
  const delivered = results.reduce((t, r) => t + r.delivered, 0);
  const status = combineStatus(results.map((r) => ({status: r.status, delivered: r.delivered, expectedByNow: r.evidence.expectedByNow})));
  const open = results
    .flatMap((r) => r.slots)
    .filter((slot) => !slot.ended && !slot.met)
    .map((slot) => slot.period)
    .sort();
  return {
    dutyId: duty.id,
    item: duty.item,
    status,
    evidence,
    of,
    perCommune,
    delivered,
    late: results.some((r) => r.slots.some((slot) => slot.late)),
    nextDue: s.type === "count" && status === "done" ? null : (open[0] ?? null),
    units: results
  };
}
