import type {Unit} from "../model/unit.ts";
import {combineStatus} from "./combineStatus.ts";
import type {Evidence} from "./dutyProgress.ts";
import type {Plan, PlanActivity, ProgressStatus} from "./planTypes.ts";
import {taskProgress, type ItemProgress} from "./taskProgress.ts";

export interface LedgerItem {
  readonly item: string;
  readonly task: number;
  /** The item's own status (shared by all its lead agencies). */
  readonly status: ProgressStatus;
  /** The item's evidence when it has one duty, else null (see taskProgress for the detail). */
  readonly evidence: Evidence | null;
  /** Counts this agency (or, for a group, its members) reported for the item. */
  readonly deliveredByAgency: number;
}

export interface AgencyLedgerEntry {
  readonly agencyId: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: "agency" | "group";
  /** Items it leads (chủ trì): what it owes. */
  readonly leads: readonly LedgerItem[];
  /** Items it coordinates (phối hợp). */
  readonly coordinates: readonly string[];
  /** Counts it reported on any item of the plan (within the plan, up to the date). */
  readonly delivered: number;
  /** Of `delivered`, the counts on items it leads. */
  readonly deliveredOnLed: number;
  /** Over the items it leads (combineStatus); null when it leads none. */
  readonly status: ProgressStatus | null;
  readonly itemsByStatus: Readonly<Record<ProgressStatus, number>>;
}

/**
 * By agency: what each agency named in the plan owes (the items it leads, with their status as
 * of `asOf`) and what it has delivered (the counts it reported). A group's deliveries are its
 * members': every commune in `units` for "UBND các xã, thị trấn", the listed agencies for "Các
 * phòng, ban, ngành". An item led by two agencies has one status, shown under both. Agencies
 * that neither lead, coordinate nor reported anything are left out.
 */
export function agencyLedger(plan: Pick<Plan, "agencies" | "tasks" | "from" | "to">, reports: readonly PlanActivity[], asOf: string, units: readonly Unit[]): AgencyLedgerEntry[] {
  const progress = new Map(plan.tasks.map((t) => [t.number, taskProgress(t, reports, asOf, units)]));
  const asOfMonth = asOf.slice(0, 7);
  const counted = reports.filter((a) => a.month >= plan.from && a.month <= plan.to && a.month <= asOfMonth);
  const communeIds = units.map((u) => u.id);
  const entries: AgencyLedgerEntry[] = [];
  for (const agency of plan.agencies) {
    const reporters = new Set(
      agency.kind === "group" && agency.members !== null ? [...agency.members.agencies, ...(agency.members.communes ? communeIds : [])] : [agency.id]
    );
    const own = counted.filter((a) => reporters.has(a.unitId));
    const sum = (list: readonly PlanActivity[]): number => list.reduce((t, a) => t + a.count, 0);
    const leads: LedgerItem[] = [];
    const ledProgress: ItemProgress[] = []; // beside leads, for the overall status below
    const coordinates: string[] = [];
    for (const task of plan.tasks) {
      for (const item of task.items) {
        if (item.coordinating.includes(agency.id)) coordinates.push(item.id);
        if (!item.lead.includes(agency.id)) continue;
        const itemProgress = progress.get(task.number)!.items.find((i) => i.id === item.id)!;
        ledProgress.push(itemProgress);
        leads.push({
          item: item.id,
          task: task.number,
          status: itemProgress.status,
          evidence: itemProgress.duties.length === 1 ? itemProgress.duties[0]!.evidence : null,
          deliveredByAgency: sum(own.filter((a) => a.item === item.id))
        });
      }
    }
    const delivered = sum(own);
    if (leads.length === 0 && coordinates.length === 0 && delivered === 0) continue;
    const ledIds = new Set(leads.map((l) => l.item));
    const itemsByStatus: Record<ProgressStatus, number> = {done: 0, "on-track": 0, behind: 0, "not-started": 0};
    for (const l of leads) itemsByStatus[l.status]++;
    const statusParts = ledProgress.map((item) => ({
      status: item.status,
      delivered: item.duties.reduce((t, d) => t + d.delivered, 0),
      expectedByNow: item.duties.reduce((t, d) => t + d.evidence.expectedByNow, 0)
    }));
    entries.push({
      agencyId: agency.id,
      nameVi: agency.nameVi,
      nameEn: agency.nameEn,
      kind: agency.kind,
      leads,
      coordinates,
      delivered,
      deliveredOnLed: sum(own.filter((a) => ledIds.has(a.item))),
      status: leads.length > 0 ? combineStatus(statusParts) : null,
      itemsByStatus
    });
  }
  return entries;
}
