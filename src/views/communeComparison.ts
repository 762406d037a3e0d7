import {changeSinceStart} from "../model/changeSinceStart.ts";
import type {Observation} from "../model/observation.ts";
import {rankUnits, type Ranked} from "../model/rankUnits.ts";
import type {Grain} from "../period/periodTypes.ts";
import {seriesWithYearToDate, type GrainRow} from "./seriesWithYearToDate.ts";
import {yearToDate} from "./yearToDate.ts";

/** A point drawn: a value, or in "change" mode the change since the series' first value (`level` the value itself). */
export type ShownRow = GrainRow & {readonly level?: number | null; readonly basePeriod?: string | null};

/** One row of the comparison table: every unit over the same two periods. */
export interface ComparisonRow {
  readonly unitId: string;
  readonly start: number | null;
  readonly end: number | null;
  /** The counts behind `end` (a rate's numerator and denominator; a count's numerator). */
  readonly endNumerator: number | null;
  readonly endDenominator: number | null;
  /** end − start; null unless both are there. */
  readonly change: number | null;
  /** Rank at the end period among the units with a value there (one total, `Comparison.rankedOf`). */
  readonly rank: number | null;
  readonly series: readonly GrainRow[];
  readonly sample: boolean;
}

export interface Comparison {
  /** The chosen units' rows as drawn, and the area's. */
  readonly chart: readonly ShownRow[];
  readonly reference: readonly ShownRow[];
  /** The chosen units' ranks per period, among every unit of the view with a value then. */
  readonly ranks: readonly Ranked[];
  /** Every unit of the view with a value in the range; the same start and end period for all. */
  readonly table: readonly ComparisonRow[];
  readonly start: string | null;
  readonly end: string | null;
  /** How many units have a value at `end`: the N of every "x/N" in the table. */
  readonly rankedOf: number;
  /** Set when the last year is a year-to-date (through this month), and so the table's start year. */
  readonly ytdThrough: string | null;
  /** Chosen units with no value anywhere in the range. */
  readonly withoutData: readonly string[];
}

export interface ComparisonChoice {
  readonly from: string;
  readonly to: string;
  readonly grain: Grain;
  readonly mode: "value" | "change";
  readonly selected: readonly string[];
  readonly better: "higher" | "lower";
}

/**
 * What /communes shows for one indicator: the chosen units and the area over the range at the
 * grain (the current year as year-to-date at the year grain), their ranks, and a table in which
 * every row changes over the same two periods — the first and the last with any value — and
 * ranks are out of one total. When the end is a year-to-date, the start year is pooled over
 * the same months, so no row compares periods of different lengths.
 */
export function communeComparison(
  observations: readonly Observation[],
  reference: readonly Observation[],
  units: readonly string[],
  choice: ComparisonChoice
): Comparison {
  const [from, to] = choice.from <= choice.to ? [choice.from, choice.to] : [choice.to, choice.from];
  const range = {from, to, grain: choice.grain};
  const inView = new Set(units);
  const series = seriesWithYearToDate(observations.filter((o) => inView.has(o.unitId)), range);
  const area = seriesWithYearToDate(reference, range);
  const chosen = new Set(choice.selected);
  const shown = (rows: GrainRow[]): ShownRow[] => (choice.mode === "change" ? changeSinceStart(rows) : rows);
  const byUnit = new Map<string, GrainRow[]>();
  for (const o of series) {
    const list = byUnit.get(o.unitId);
    if (list) list.push(o);
    else byUnit.set(o.unitId, [o]);
  }
  const valued = series.filter((o) => o.value !== null).map((o) => o.period);
  const start = valued.length ? valued.reduce((a, b) => (a < b ? a : b)) : null;
  const end = valued.length ? valued.reduce((a, b) => (a > b ? a : b)) : null;
  const ytdThrough = series.find((o) => o.period === end && o.ytdThrough !== null)?.ytdThrough ?? null;
  // the start year over the same months as the year-to-date end
  const startRows =
    ytdThrough !== null && start !== null && start !== end
      ? yearToDate(observations.filter((o) => inView.has(o.unitId)), `${start}-${ytdThrough.slice(5)}`, from)
      : series.filter((o) => o.period === start);
  const startOf = new Map(startRows.map((o) => [o.unitId, o.value]));
  const endRows = series.filter((o) => o.period === end);
  const endRanks = new Map(rankUnits(endRows, choice.better).map((r) => [r.unitId, r]));
  const rankedOf = endRows.filter((o) => o.value !== null).length;
  const table = units
    .filter((id) => (byUnit.get(id) ?? []).some((o) => o.value !== null))
    .map((unitId): ComparisonRow => {
      const own = byUnit.get(unitId)!;
      const first = startOf.get(unitId) ?? null;
      const endRow = own.find((o) => o.period === end);
      const last = endRow?.value ?? null;
      return {
        unitId,
        start: first,
        end: last,
        endNumerator: endRow?.numerator ?? null,
        endDenominator: endRow?.denominator ?? null,
        change: first !== null && last !== null ? last - first : null,
        rank: endRanks.get(unitId)?.rank ?? null,
        series: own,
        sample: own.some((o) => o.sample)
      };
    });
  return {
    chart: shown(series.filter((o) => chosen.has(o.unitId))),
    reference: shown(area),
    ranks: rankUnits(series, choice.better).filter((r) => chosen.has(r.unitId)),
    table,
    start,
    end,
    rankedOf,
    ytdThrough,
    withoutData: choice.selected.filter((id) => !(byUnit.get(id) ?? []).some((o) => o.value !== null))
  };
}
