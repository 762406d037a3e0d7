import type {ResultRow, TimeType} from "./chooseChart.ts";
import {parsePeriodId} from "../period/parsePeriodId.ts";

export interface TimePoint {
  /** UTC milliseconds of the period's first day. */
  readonly x: number;
  /** null draws nothing: a break in the line. */
  readonly y: number | null;
  readonly series: string | null;
  /** The result row, or null for a break inserted between two non-consecutive periods. */
  readonly row: ResultRow | null;
}

export interface TimePointOptions {
  readonly x: string;
  readonly xType: TimeType;
  readonly y: string;
  readonly series: string | null;
  /** Insert breaks where a series skips a period (lines); false for points. */
  readonly gaps: boolean;
}

/**
 * A result's rows as points on a time axis, series by series in time order. With `gaps`, a
 * point with y null is inserted wherever a series jumps over a period (T3 → T5, 2022 → 2024),
 * so a line breaks at a month nobody reported instead of drawing through it. Rows whose time
 * cannot be read are left out; a value that is not a finite number is null, never 0.
 */
export function timePoints(rows: readonly ResultRow[], options: TimePointOptions): TimePoint[] {
  const bySeries = new Map<string | null, {x: number; index: number | null; y: number | null; row: ResultRow}[]>();
  for (const row of rows) {
    const time = readTime(row[options.x], options.xType);
    if (time === null) continue;
    const raw = row[options.y];
    const y = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
    const series = options.series === null ? null : String(row[options.series] ?? "–");
    const list = bySeries.get(series);
    const point = {...time, y, row};
    if (list) list.push(point);
    else bySeries.set(series, [point]);
  }
  const points: TimePoint[] = [];
  for (const [series, list] of bySeries) {
    list.sort((a, b) => a.x - b.x);
    list.forEach((p, i) => {
      const previous = list[i - 1];
      if (options.gaps && previous && p.index !== null && previous.index !== null && p.index - previous.index > 1) {
        points.push({x: (previous.x + p.x) / 2, y: null, series, row: null});
      }
      points.push({x: p.x, y: p.y, series, row: p.row});
    });
  }
  return points;
}

/** Time in ms and the position on a monthly/quarterly/yearly calendar (null: no calendar known). */
function readTime(value: unknown, type: TimeType): {x: number; index: number | null} | null {
  if (type === "period") {
    const parsed = typeof value === "string" ? parsePeriodId(value) : null;
    return parsed === null ? null : {x: parsed.start, index: parsed.index};
  }
  if (type === "year") {
    return typeof value === "number" && Number.isInteger(value) ? {x: Date.UTC(value, 0, 1), index: value} : null;
  }
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  // A DATE on the first of a month reads as that month, so a skipped month breaks the line too.
  const date = new Date(ms);
  const firstOfMonth = date.getUTCDate() === 1 && ms % 86_400_000 === 0;
  return {x: ms, index: firstOfMonth ? date.getUTCFullYear() * 12 + date.getUTCMonth() : null};
}
