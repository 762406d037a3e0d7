import type {Area} from "../model/area.ts";
import type {Observation} from "../model/observation.ts";
import type {Unit} from "../model/unit.ts";
import {isUnitActive} from "../model/isUnitActive.ts";

/** A yearly index total of one unit: the latest year, the year before it, the series for a sparkline. */
export interface IndexFigure {
  readonly period: string;
  readonly value: number;
  readonly previousPeriod: string | null;
  readonly previous: number | null;
  readonly rank: number | null;
  /** How many units the rank is out of. */
  readonly of: number | null;
  readonly sample: boolean;
  readonly series: readonly {readonly period: string; readonly value: number | null}[];
}

export interface OverviewIndexCards {
  /** The province's PCI, with the years whose total VCCI did not publish. */
  readonly pci: (IndexFigure & {readonly notPublished: readonly string[]}) | null;
  /** The area's district's DDCI among the province's district-level units, with its class. */
  readonly ddci: (IndexFigure & {readonly classification: string | null}) | null;
  /** QĐ 766: the latest official total and rank of each commune of the area. */
  readonly qd766: {
    readonly period: string;
    readonly of: number | null;
    readonly sample: boolean;
    readonly rows: readonly {readonly unitId: string; readonly value: number; readonly rank: number | null}[];
  } | null;
}

const byPeriod = (a: {period: string}, b: {period: string}): number => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/**
 * The three index cards of /, from the published tables: the province of the area's district
 * in PCI (rank out of the provinces ranked that year), the district in DDCI (rank among the
 * district-level units scored that year), the area's communes in QĐ 766. Each card compares with
 * the year before in words only; none of these has a target, so none says met or not met.
 */
export function overviewIndexCards(input: {
  readonly area: Pick<Area, "district">;
  readonly units: readonly Unit[];
  readonly areaUnitIds: readonly string[];
  readonly pci: readonly Observation[];
  readonly pciNotPublished: readonly {readonly unitId: string; readonly indicator: string; readonly period: string}[];
  readonly ddci: readonly Observation[];
  readonly ddciClasses: readonly {readonly unitId: string; readonly period: string; readonly classification: string}[];
  readonly qd766: readonly Observation[];
  readonly qd766Tables: readonly {readonly period: string; readonly unitsInTable: number}[];
}): OverviewIndexCards {
  const province = input.units.find((u) => u.id === input.area.district)?.parentId ?? null;
  const figure = (rows: readonly Observation[], unitId: string, total: string, rankOf: (period: string, value: number) => {rank: number | null; of: number | null}): IndexFigure | null => {
    const series = rows.filter((o) => o.unitId === unitId && o.indicator === total).sort(byPeriod);
    const present = series.filter((o) => o.value !== null);
    const last = present.at(-1);
    if (last === undefined || last.value === null) return null;
    const before = present.at(-2);
    return {
      period: last.period,
      value: last.value,
      previousPeriod: before?.period ?? null,
      previous: before?.value ?? null,
      ...rankOf(last.period, last.value),
      sample: last.sample,
      series: series.map((o) => ({period: o.period, value: o.value}))
    };
  };
  const pci =
    province === null
      ? null
      : figure(input.pci, province, "pci_total", (period) => {
          const ranks = input.pci.filter((o) => o.indicator === "pci_rank" && o.period === period && o.value !== null);
          // the rank is out of every province that existed that year (the dataset may hold only ours)
          const provinces = input.units.filter((u) => u.level === "province" && isUnitActive(u, `${period}-06`)).length;
          return {rank: ranks.find((o) => o.unitId === province)?.value ?? null, of: Math.max(ranks.length, provinces) || null};
        });
  const districtIds = new Set(input.units.filter((u) => u.level === "district").map((u) => u.id));
  const ddci = figure(input.ddci, input.area.district, "ddci_total", (period, value) => {
    const scored = input.ddci.filter((o) => o.indicator === "ddci_total" && o.period === period && districtIds.has(o.unitId) && o.value !== null);
    return {rank: 1 + scored.filter((o) => o.value! > value).length, of: scored.length};
  });
  const communes = new Set(input.areaUnitIds);
  const totals = input.qd766.filter((o) => o.indicator === "qd766_total" && communes.has(o.unitId) && o.value !== null);
  const latest = totals.map((o) => o.period).sort().at(-1);
  return {
    pci: pci && {...pci, notPublished: input.pciNotPublished.filter((d) => d.unitId === province && d.indicator === "pci_total").map((d) => d.period).sort()},
    ddci: ddci && {...ddci, classification: input.ddciClasses.find((d) => d.unitId === input.area.district && d.period === ddci.period)?.classification ?? null},
    qd766:
      latest === undefined
        ? null
        : {
            period: latest,
            of: input.qd766Tables.find((t) => t.period === latest)?.unitsInTable ?? null,
            sample: totals.some((o) => o.period === latest && o.sample),
            rows: totals
              .filter((o) => o.period === latest)
              .map((o) => ({unitId: o.unitId, value: o.value!, rank: input.qd766.find((r) => r.unitId === o.unitId && r.period === latest && r.indicator === "qd766_rank")?.value ?? null}))
              .sort((a, b) => b.value - a.value)
          }
  };
}
