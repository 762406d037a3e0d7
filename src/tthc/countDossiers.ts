import type {TthcCounts} from "./tthcCounts.ts";

type ReceivedField = "receivedTotal" | "receivedOnline" | "receivedFullyOnline" | "receivedInPerson" | "receivedPostal" | "paidOnline";
type ResolvedField = "resolvedOnTime" | "resolvedLate" | "returnedPostal";

/**
 * Counts over the dossiers of one unit received in one month and completed in another (or not
 * yet): what a GROUP BY over a dossier-level export gives.
 */
export interface DossierTally {
  readonly unitId: string;
  /** Month of receipt "YYYY-MM" (tháng tiếp nhận). */
  readonly receivedMonth: string;
  /** Month of completion, null while not completed (then `resolved` is all zero). */
  readonly completedMonth: string | null;
  /** Counted in the month of receipt; paidOnline too (fees are paid on submission). */
  readonly received: Readonly<Pick<TthcCounts, ReceivedField>>;
  /** Counted in the month of completion. */
  readonly resolved: Readonly<Pick<TthcCounts, ResolvedField>>;
}

export interface UnitMonthCounts {
  readonly unitId: string;
  readonly month: string;
  readonly counts: TthcCounts;
}

const RECEIVED: readonly ReceivedField[] = ["receivedTotal", "receivedOnline", "receivedFullyOnline", "receivedInPerson", "receivedPostal", "paidOnline"];
const RESOLVED: readonly ResolvedField[] = ["resolvedOnTime", "resolvedLate", "returnedPostal"];

/**
 * Monthly TTHC counts per unit from dossier-level tallies, with the meanings of the monthly
 * report: what was received in the month of receipt, what was resolved (đã giải quyết trong
 * kỳ: on time, late, results returned by post) in the month of completion.
 *
 * A unit-month is reported only when the export holds dossiers received in it: an export covers
 * the months of receipt it contains. Completions in a unit-month it does not cover (the month
 * after its last month of receipt, or a month in which the unit received nothing) are left
 * out, never reported as a month with nothing received. Dossiers received before the export's
 * first month are not in it, so a month's resolved count includes only dossiers the export
 * holds: export whole periods in one file to count dossiers carried over between months.
 */
export function countDossiers(tallies: readonly DossierTally[]): UnitMonthCounts[] {
  const byKey = new Map<string, {unitId: string; month: string; counts: Record<keyof TthcCounts, number>}>();
  for (const t of tallies) {
    const key = `${t.unitId}|${t.receivedMonth}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      const counts = Object.fromEntries([...RECEIVED, ...RESOLVED].map((f) => [f, 0])) as Record<keyof TthcCounts, number>;
      byKey.set(key, (entry = {unitId: t.unitId, month: t.receivedMonth, counts}));
    }
    for (const f of RECEIVED) entry.counts[f] += t.received[f];
  }
  for (const t of tallies) {
    if (t.completedMonth === null) {
      if (RESOLVED.some((f) => t.resolved[f] !== 0)) throw new Error(`resolved dossiers of ${t.unitId} need a month of completion`);
      continue;
    }
    const entry = byKey.get(`${t.unitId}|${t.completedMonth}`);
    if (entry !== undefined) for (const f of RESOLVED) entry.counts[f] += t.resolved[f];
  }
  return [...byKey.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
