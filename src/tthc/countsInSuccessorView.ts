import type {Observation} from "../model/observation.ts";
import {toSuccessorView} from "../model/toSuccessorView.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {TTHC_COUNT_FIELDS, type PublishedCounts} from "./tthcCounts.ts";

/**
 * The published monthly counts in the lineage view across the reorganisation: each old unit's
 * counts added into the unit it became on `asOf`, by the same rule as toSuccessorView (one
 * member missing a month makes that month's count missing; a successor also covering units
 * outside `coveredUnits` is partial before `asOf`).
 */
export function countsInSuccessorView(
  counts: readonly PublishedCounts[],
  units: readonly Unit[],
  links: readonly LineageLink[],
  options: {readonly asOf: string; readonly coveredUnits: readonly string[]}
): PublishedCounts[] {
  const asObservations: Observation[] = counts.flatMap((c) =>
    TTHC_COUNT_FIELDS.map((field) => ({unitId: c.unitId, indicator: field, period: c.period, grain: "month" as const, value: c[field], numerator: c[field], denominator: null, source: c.source, sample: c.sample}))
  );
  const rows = new Map<string, {-readonly [K in keyof PublishedCounts]: PublishedCounts[K]}>();
  for (const o of toSuccessorView(asObservations, units, links, options)) {
    const key = `${o.unitId}|${o.period}`;
    let row = rows.get(key);
    if (row === undefined) {
      const empty = Object.fromEntries(TTHC_COUNT_FIELDS.map((f) => [f, null])) as Record<(typeof TTHC_COUNT_FIELDS)[number], number | null>;
      row = {unitId: o.unitId, period: o.period, ...empty, source: o.source, sample: o.sample, partial: o.partial};
      rows.set(key, row);
    }
    row[o.indicator as (typeof TTHC_COUNT_FIELDS)[number]] = o.numerator;
  }
  return [...rows.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
