import {biggestMovers} from "../model/biggestMovers.ts";
import type {Comparison} from "../model/compareToEarlier.ts";
import {addMonths} from "../period/addMonths.ts";
import {monthsBetween} from "../period/monthsBetween.ts";
import type {CompactSeries, OverviewData, UnitFigure} from "./overviewData.ts";

/** One month of one unit, as the charts and CSV downloads take it. */
export interface OverviewRow {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
  readonly grain: "month";
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly source: string;
  readonly sample: boolean;
}

/**
 * What / draws for the chosen indicator from the overview dataset: the present units in the month
 * (for the ranking), the area's figure then, the units that moved most on a year earlier (3 each
 * way), and the monthly series of the units and of the area for the trend (missing months null).
 */
export function overviewIndicatorView(
  data: Pick<OverviewData, "areaId" | "month" | "sample" | "byUnit" | "seriesFrom" | "series" | "units">,
  indicatorId: string,
  better: "higher" | "lower"
): {
  readonly ranked: readonly (UnitFigure & {readonly period: string})[];
  readonly areaValue: number | null;
  readonly movers: {readonly improved: readonly Comparison[]; readonly worsened: readonly Comparison[]};
  readonly trend: readonly OverviewRow[];
  readonly areaTrend: readonly OverviewRow[];
} {
  const ranked = data.byUnit.filter((d) => d.indicator === indicatorId).map((d) => ({...d, period: data.month}));
  const expand = (s: CompactSeries): OverviewRow[] => {
    const months = s.values.length === 0 ? [] : monthsBetween(data.seriesFrom, addMonths(data.seriesFrom, s.values.length - 1));
    return s.values.map((value, i) => ({
      unitId: s.unitId,
      indicator: s.indicator,
      period: months[i]!,
      grain: "month" as const,
      value,
      numerator: s.numerators[i] ?? null,
      denominator: s.denominators[i] ?? null,
      source: "",
      sample: data.sample
    }));
  };
  const series = data.series.filter((s) => s.indicator === indicatorId);
  const trimmed = (rows: OverviewRow[]): OverviewRow[] => {
    const first = rows.findIndex((r) => r.value !== null);
    const last = rows.findLastIndex((r) => r.value !== null);
    return first === -1 ? [] : rows.slice(first, last + 1);
  };
  const areaTrend = trimmed(expand(series.find((s) => s.unitId === data.areaId) ?? {unitId: data.areaId, indicator: indicatorId, values: [], numerators: [], denominators: []}));
  const comparisons: Comparison[] = ranked.map((d) => ({
    unitId: d.unitId,
    indicator: indicatorId,
    period: data.month,
    value: d.value,
    previousPeriod: "",
    previous: null,
    changeFromPrevious: null,
    yearAgoPeriod: "",
    yearAgo: d.yearAgo,
    changeFromYearAgo: d.value === null || d.yearAgo === null ? null : d.value - d.yearAgo
  }));
  return {
    ranked,
    areaValue: areaTrend.find((r) => r.period === data.month)?.value ?? null,
    movers: biggestMovers(comparisons, better, 3),
    trend: series.filter((s) => s.unitId !== data.areaId).flatMap((s) => trimmed(expand(s))),
    areaTrend
  };
}

