import type {Area} from "../model/area.ts";
import {areaUnits} from "../model/areaUnits.ts";
import {compareToEarlier, earlierPeriods} from "../model/compareToEarlier.ts";
import type {Indicator} from "../model/indicator.ts";
import type {Observation} from "../model/observation.ts";
import {sumAcrossUnits} from "../model/sumAcrossUnits.ts";
import {sumOverMonths} from "../model/sumOverMonths.ts";
import {toSuccessorView} from "../model/toSuccessorView.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {withGaps} from "../model/withGaps.ts";
import {addMonths} from "../period/addMonths.ts";
import {monthsBetween} from "../period/monthsBetween.ts";

/** Pooled counts over some months (or units): the rate from the sums, null when any month is missing. */
export interface PooledFigure {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** The whole area's figure for one indicator: the month, a year earlier, year to date. */
export interface HeadlineFigure extends PooledFigure {
  readonly indicator: string;
  readonly previous: number | null;
  readonly yearAgo: number | null;
  /** January to the month, pooled, and the same months a year earlier. */
  readonly ytd: PooledFigure;
  readonly ytdYearAgo: PooledFigure;
  /** The last 24 months up to the month, oldest first (null: missing). */
  readonly series: readonly (number | null)[];
}

/** A present unit's figure in the month next to a year earlier. */
export interface UnitFigure extends PooledFigure {
  readonly unitId: string;
  readonly indicator: string;
  readonly yearAgo: number | null;
}

/** A monthly series from `from`, one value (and counts) per month; null is missing. */
export interface CompactSeries {
  readonly unitId: string;
  readonly indicator: string;
  readonly values: readonly (number | null)[];
  readonly numerators: readonly (number | null)[];
  readonly denominators: readonly (number | null)[];
}

/** Everything / shows about the dossier reports, small enough to fetch on a phone. */
export interface OverviewData {
  readonly areaId: string;
  /** The latest month in the data, and the latest month every present unit reported (the one / describes). */
  readonly dataThrough: string;
  readonly month: string;
  readonly previousMonth: string;
  readonly yearAgoMonth: string;
  readonly ytdFrom: string;
  readonly sample: boolean;
  /** The units of today (since the area's successorsFrom), and those of them partly outside the area before. */
  readonly units: readonly string[];
  readonly partial: readonly string[];
  /** Present units with no report for `dataThrough`. */
  readonly notReported: readonly string[];
  readonly headline: readonly HeadlineFigure[];
  readonly byUnit: readonly UnitFigure[];
  /** Monthly series of the present units (old units' counts summed into them) and of the area (areaId). */
  readonly seriesFrom: string;
  readonly series: readonly CompactSeries[];
}

const SPARK_MONTHS = 24;

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

/**
 * The overview of the area's dossier reports (issue #13): present units (the communes since the
 * area's `successorsFrom`, old units' counts carried into them), the latest month they all
 * reported, each headline indicator for the whole area in that month, a year earlier and year to
 * date (counts pooled from January, never averaged), every present unit's figure, and the
 * monthly series for the trend. `headline` lists the indicators of the cards, `indicators` every
 * indicator of the dataset. Missing stays null.
 */
export function overviewData(
  observations: readonly Observation[],
  reference: {readonly area: Area; readonly units: readonly Unit[]; readonly lineage: readonly LineageLink[]},
  options: {readonly headline: readonly string[]; readonly indicators: readonly Pick<Indicator, "id">[]}
): OverviewData | null {
  const monthly = observations.filter((o) => o.grain === "month");
  if (monthly.length === 0) return null;
  const {area, units, lineage} = reference;
  const ids = areaUnits(area, units, lineage);
  const present = new Set(ids.new);
  const successors = toSuccessorView(monthly, units, lineage, {asOf: area.successorsFrom, coveredUnits: ids.all}).filter((o) => present.has(o.unitId));
  const months = [...new Set(monthly.map((o) => o.period))].sort();
  const dataThrough = months.at(-1)!;
  const seriesFrom = months[0]!;
  // Which units reported each month with their counts, found in one pass.
  const reported = new Map<string, Set<string>>();
  for (const o of successors) if (o.numerator !== null) reported.set(o.period, (reported.get(o.period) ?? new Set()).add(o.unitId));
  const reportedIn = (month: string): ReadonlySet<string> => reported.get(month) ?? new Set();
  const month = [...months].reverse().find((m) => ids.new.every((id) => reportedIn(m).has(id))) ?? dataThrough;
  const notReported = ids.new.filter((id) => !reportedIn(dataThrough).has(id));
  const {previous: previousMonth, yearAgo: yearAgoMonth} = earlierPeriods(month);
  const ytdFrom = `${month.slice(0, 4)}-01`;
  const areaSeries = sumAcrossUnits(withGaps(successors), area.id);
  const areaValue = (indicator: string, period: string): Observation | undefined => areaSeries.find((o) => o.indicator === indicator && o.period === period);
  const pooled = (indicator: string, from: string, to: string): PooledFigure => {
    const [sum] = sumOverMonths(areaSeries.filter((o) => o.indicator === indicator), from, to);
    return {value: round(sum?.value ?? null), numerator: sum?.numerator ?? null, denominator: sum?.denominator ?? null};
  };
  const headline = options.headline.map((indicator): HeadlineFigure => {
    const now = areaValue(indicator, month);
    const spark = monthsBetween(addMonths(month, 1 - SPARK_MONTHS), month);
    return {
      indicator,
      value: round(now?.value ?? null),
      numerator: now?.numerator ?? null,
      denominator: now?.denominator ?? null,
      previous: round(areaValue(indicator, previousMonth)?.value ?? null),
      yearAgo: round(areaValue(indicator, yearAgoMonth)?.value ?? null),
      ytd: pooled(indicator, ytdFrom, month),
      ytdYearAgo: pooled(indicator, earlierPeriods(ytdFrom).yearAgo, yearAgoMonth),
      series: spark.map((m) => round(areaValue(indicator, m)?.value ?? null))
    };
  });
  const byUnit = options.indicators.flatMap(({id}) =>
    compareToEarlier(successors.filter((o) => o.indicator === id), month).map((c): UnitFigure => {
      const row = successors.find((o) => o.unitId === c.unitId && o.indicator === id && o.period === month);
      return {unitId: c.unitId, indicator: id, value: round(c.value), numerator: row?.numerator ?? null, denominator: row?.denominator ?? null, yearAgo: round(c.yearAgo)};
    })
  );
  const allMonths = monthsBetween(seriesFrom, dataThrough);
  const compact = (rows: readonly Observation[], unitId: string, indicator: string): CompactSeries => {
    const byMonth = new Map(rows.map((o) => [o.period, o]));
    const at = (m: string): Observation | undefined => byMonth.get(m);
    return {
      unitId,
      indicator,
      values: allMonths.map((m) => round(at(m)?.value ?? null)),
      numerators: allMonths.map((m) => at(m)?.numerator ?? null),
      denominators: allMonths.map((m) => at(m)?.denominator ?? null)
    };
  };
  const series = options.indicators.flatMap(({id}) => [
    ...ids.new.map((unitId) => compact(successors.filter((o) => o.unitId === unitId && o.indicator === id), unitId, id)),
    compact(areaSeries.filter((o) => o.indicator === id), area.id, id)
  ]);
  return {
    areaId: area.id,
    dataThrough,
    month,
    previousMonth,
    yearAgoMonth,
    ytdFrom,
    sample: monthly.some((o) => o.sample),
    units: ids.new,
    partial: [...new Set(successors.filter((o) => o.partial).map((o) => o.unitId))].sort(),
    notReported,
    headline,
    byUnit,
    seriesFrom,
    series
  };
}
