import {foldVietnamese} from "../text/foldVietnamese.ts";
import {isShareColumn} from "./isShareColumn.ts";
import {parsePeriodId} from "../period/parsePeriodId.ts";

/** A result column's type, as read from DuckDB's Arrow schema. */
export type ResultColumnKind = "number" | "text" | "boolean" | "date" | "other";

export interface ResultColumn {
  readonly name: string;
  readonly kind: ResultColumnKind;
}

export type ResultRow = Readonly<Record<string, unknown>>;

/** How a time column is read: period ids ("2024-10"), DATE values, or a whole-number year. */
export type TimeType = "period" | "date" | "year";

export type ChartSpec =
  /** One line per series over time; a gap wherever a period is missing. */
  | {readonly kind: "line"; readonly x: string; readonly xType: TimeType; readonly y: string; readonly series: string | null; readonly legend: boolean; readonly share: boolean}
  /** Points over time: a series has several rows in one period, so a line would zigzag. */
  | {readonly kind: "dots"; readonly x: string; readonly xType: TimeType; readonly y: string; readonly series: string | null; readonly legend: boolean; readonly share: boolean}
  /** Horizontal bars in the result's order; the label joins `labels` when one column is not unique. */
  | {readonly kind: "bars"; readonly labels: readonly string[]; readonly value: string; readonly share: boolean; readonly limit: number}
  | {readonly kind: "scatter"; readonly x: string; readonly y: string; readonly share: boolean}
  /** A grid of rows (e.g. commune × month that is missing), coloured by a yes/no column if any. */
  | {readonly kind: "cells"; readonly x: string; readonly xType: TimeType | "text"; readonly y: string; readonly fill: string | null}
  | {readonly kind: "histogram"; readonly value: string; readonly share: boolean}
  | {readonly kind: "none"; readonly reason: "empty" | "nothing-to-draw" | "too-many"};

/** Beyond this many series the colour legend is left out (the tooltip still names each). */
export const MAX_LEGEND_SERIES = 20;
/** Bars shown at most; the rest stay in the table and the CSV. */
export const MAX_BARS = 50;
/** Cells drawn at most. */
export const MAX_CELLS = 20_000;

/**
 * Picks a chart for a query result from its column types, so any question gets a quick,
 * honest picture: over time when a column holds periods (line, or points when a series has
 * several rows per period), bars for a measure by name, a grid for pairs without a measure
 * (commune × month missing), a scatter for two measures, a histogram for one. The measure is
 * the LAST numeric column (SQL puts keys first, the answer last). A measure whose name says
 * share (tỷ lệ, share, %) and whose values lie in 0..1 is drawn as percentages, from 0 to its largest value.
 */
export function chooseChart(columns: readonly ResultColumn[], rows: readonly ResultRow[]): ChartSpec {
  if (rows.length === 0) return {kind: "none", reason: "empty"};
  const times: {name: string; type: TimeType}[] = [];
  const texts: string[] = [];
  const measures: string[] = [];
  const booleans: string[] = [];
  for (const column of columns) {
    const values = rows.map((r) => r[column.name]).filter((v) => v !== null && v !== undefined);
    const distinct = new Set(values.map((v) => (v instanceof Date ? v.getTime() : v))).size;
    const time = timeType(column, values);
    if (time !== null) {
      // A single period (the latest month of a ranking) is a label, not an axis.
      if (distinct >= 2) times.push({name: column.name, type: time});
    } else if (column.kind === "number") measures.push(column.name);
    else if (column.kind === "text") texts.push(column.name);
    else if (column.kind === "boolean") booleans.push(column.name);
  }
  const y = measures.at(-1);
  const time = times[0];
  if (y !== undefined && time !== undefined) {
    const series = texts[0] ?? null;
    const seriesCount = series === null ? 1 : new Set(rows.map((r) => r[series])).size;
    const keys = new Set(rows.map((r) => `${String(series === null ? "" : r[series])}\u0000${String(r[time.name])}`));
    const kind = keys.size === rows.length ? "line" : "dots";
    return {kind, x: time.name, xType: time.type, y, series, legend: series !== null && seriesCount <= MAX_LEGEND_SERIES, share: isShareColumn(y, rows)};
  }
  if (y !== undefined && texts.length > 0) {
    return {kind: "bars", labels: uniqueLabelColumns(texts, rows), value: y, share: isShareColumn(y, rows), limit: MAX_BARS};
  }
  if (y !== undefined && measures.length >= 2) return {kind: "scatter", x: measures[0]!, y, share: isShareColumn(y, rows)};
  if (y !== undefined) return rows.length >= 2 ? {kind: "histogram", value: y, share: isShareColumn(y, rows)} : {kind: "none", reason: "nothing-to-draw"};
  const axes: {name: string; type: TimeType | "text"}[] = [...times, ...texts.map((name) => ({name, type: "text" as const}))];
  if (axes.length >= 2) {
    const [x, other] = axes as [{name: string; type: TimeType | "text"}, {name: string; type: TimeType | "text"}];
    const cells = new Set(rows.map((r) => r[x.name])).size * new Set(rows.map((r) => r[other.name])).size;
    if (cells > MAX_CELLS) return {kind: "none", reason: "too-many"};
    return {kind: "cells", x: x.name, xType: x.type, y: other.name, fill: booleans[0] ?? null};
  }
  return {kind: "none", reason: "nothing-to-draw"};
}

/** A time axis: period ids, DATE values, or whole numbers 1900–2100 in a column named year/năm. */
function timeType(column: ResultColumn, values: readonly unknown[]): TimeType | null {
  if (values.length === 0) return null;
  if (column.kind === "date") return "date";
  if (column.kind === "text") {
    const grains = new Set<string>();
    for (const v of values) {
      const parsed = typeof v === "string" ? parsePeriodId(v) : null;
      if (parsed === null) return null;
      grains.add(parsed.grain);
    }
    return grains.size === 1 ? "period" : null;
  }
  if (column.kind === "number" && /\b(nam|year)\b/.test(foldVietnamese(column.name))) {
    return values.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) ? "year" : null;
  }
  return null;
}

/** The fewest leading text columns whose joined values tell the rows apart (all of them if none do). */
function uniqueLabelColumns(texts: readonly string[], rows: readonly ResultRow[]): string[] {
  for (let n = 1; n <= texts.length; n++) {
    const chosen = texts.slice(0, n);
    const labels = new Set(rows.map((r) => chosen.map((c) => String(r[c] ?? "")).join(" · ")));
    if (labels.size === rows.length) return chosen;
  }
  return [...texts];
}
