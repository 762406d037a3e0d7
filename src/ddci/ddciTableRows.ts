import {DDCI_COMPONENT_IDS, type DdciComponentId} from "../model/ddciIndicators.ts";
import type {Observation} from "../model/observation.ts";
import {rankUnits} from "../model/rankUnits.ts";

/** One unit's DDCI results in one year, as a row of the published table. */
export interface DdciRow {
  readonly unitId: string;
  readonly period: string;
  readonly total: number | null;
  readonly responses: number | null;
  /** The nine components (chỉ số thành phần); null where the unit is not scored or has no value. */
  readonly components: Readonly<Record<DdciComponentId, number | null>>;
  /** Xếp loại as published, or null. */
  readonly classification: string | null;
  /** Rank by total among the units given (1 = best); null without a total. */
  readonly rank: number | null;
  /** How many of the units given have a total that year. */
  readonly of: number;
  /** Whether the unit has any DDCI figure that year. */
  readonly observed: boolean;
  /** Whether any figure in the row is generated sample data. */
  readonly sample: boolean;
  /** The file(s) the row came from. */
  readonly sources: readonly string[];
}

/**
 * The DDCI results table of `unitIds` (e.g. the 13 district-level units) for one year: total,
 * responses, the nine components, the classification, and the rank by total among those
 * units. Best rank first; units without a total after, in the order given.
 */
export function ddciTableRows(
  observations: readonly Observation[],
  classifications: readonly {readonly unitId: string; readonly period: string; readonly classification: string}[],
  {unitIds, period}: {readonly unitIds: readonly string[]; readonly period: string}
): DdciRow[] {
  const units = new Set(unitIds);
  const year = observations.filter((o) => o.period === period && units.has(o.unitId));
  const value = new Map(year.map((o) => [`${o.unitId}|${o.indicator}`, o.value]));
  const ranks = new Map(rankUnits(year.filter((o) => o.indicator === "ddci_total"), "higher").map((r) => [r.unitId, r]));
  const of = year.filter((o) => o.indicator === "ddci_total" && o.value !== null).length;
  const classOf = new Map(classifications.filter((c) => c.period === period).map((c) => [c.unitId, c.classification]));
  const rows = unitIds.map((unitId, order) => {
    const own = year.filter((o) => o.unitId === unitId);
    const get = (indicator: string): number | null => value.get(`${unitId}|${indicator}`) ?? null;
    const components = Object.fromEntries(DDCI_COMPONENT_IDS.map((id) => [id, get(id)])) as Record<DdciComponentId, number | null>;
    const row: DdciRow = {
      unitId,
      period,
      total: get("ddci_total"),
      responses: get("ddci_responses"),
      components,
      classification: classOf.get(unitId) ?? null,
      rank: ranks.get(unitId)?.rank ?? null,
      of,
      observed: own.length > 0,
      sample: own.some((o) => o.sample),
      sources: [...new Set(own.map((o) => o.source))].sort()
    };
    return {row, order};
  });
  return rows
    .sort((a, b) => (a.row.rank ?? Infinity) - (b.row.rank ?? Infinity) || a.order - b.order)
    .map((r) => r.row);
}
