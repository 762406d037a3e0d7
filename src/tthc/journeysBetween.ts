import type {Grain} from "../period/periodTypes.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import {poolCounts} from "../rates/poolCounts.ts";
import type {DossierJourney} from "./dossierJourney.ts";
import type {PublishedCounts} from "./tthcCounts.ts";

type Field = "receivedTotal" | "receivedOnline" | "receivedFullyOnline" | "receivedPostal" | "resolvedOnTime" | "resolvedLate" | "returnedPostal";
const FIELDS: readonly Field[] = ["receivedTotal", "receivedOnline", "receivedFullyOnline", "receivedPostal", "resolvedOnTime", "resolvedLate", "returnedPostal"];

/**
 * One journey per unit of `unitIds` (in that order) over the months `from`..`to`, from the
 * published monthly counts, labelled `as`. Counts are pooled by poolCounts: a month the unit
 * did not report, or reported without that column, makes the count null (missing, never 0);
 * a month reported with 0 dossiers adds 0. Resolved is on time + late.
 */
export function journeysBetween(
  counts: readonly PublishedCounts[],
  from: string,
  to: string,
  unitIds: readonly string[],
  as: {readonly period: string; readonly grain: Grain}
): DossierJourney[] {
  const months = monthsBetween(from, to);
  const byKey = new Map(counts.map((c) => [`${c.unitId}|${c.period}`, c]));
  return unitIds.map((unitId) => {
    const rows = months.map((m) => byKey.get(`${unitId}|${m}`));
    const sum = (field: Field): number | null => poolCounts(rows.map((r) => (r === undefined ? undefined : {numerator: r[field], denominator: null})), false).numerator;
    const got = Object.fromEntries(FIELDS.map((f) => [f, sum(f)])) as Record<Field, number | null>;
    const present = rows.filter((r): r is PublishedCounts => r !== undefined);
    return {
      unitId,
      period: as.period,
      grain: as.grain,
      ...got,
      resolved: got.resolvedOnTime === null || got.resolvedLate === null ? null : got.resolvedOnTime + got.resolvedLate,
      sample: present.some((r) => r.sample),
      source: [...new Set(present.flatMap((r) => r.source.split("; ")).filter((s) => s !== ""))].sort().join("; "),
      partial: present.some((r) => r.partial === true)
    };
  });
}
