import type {NotPublishedMark} from "../pci/notPublishedMarks.ts";
import type {Observation} from "./observation.ts";

/** Whether a year has a value, has none (a gap), or was not published by the source. */
export type YearStatus = "value" | "missing" | "not-published";

/** One unit's value of one indicator in one year, present or not. */
export interface YearPoint {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
  readonly value: number | null;
  readonly status: YearStatus;
  /** Whether the value is generated sample data; false for gaps. */
  readonly sample: boolean;
  /** The file the value came from; "" for gaps. */
  readonly source: string;
}

/**
 * Every year from `from` to `to` for each unit in `unitIds` (in that order), for one yearly
 * indicator: the observed value, or a null value marked "not-published" when a source says so
 * (chưa công bố), or "missing". A chart draws nulls as breaks in the line, never as 0, and can
 * label the not-published years.
 */
export function yearSeries(
  observations: readonly Observation[],
  {indicator, unitIds, from, to, notPublished = []}: {readonly indicator: string; readonly unitIds: readonly string[]; readonly from: string; readonly to: string; readonly notPublished?: readonly NotPublishedMark[]}
): YearPoint[] {
  const first = Number(from);
  const last = Number(to);
  if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) throw new Error(`yearSeries: years must be "YYYY", got ${JSON.stringify(from)} and ${JSON.stringify(to)}`);
  const found = new Map<string, Observation>();
  for (const o of observations) if (o.indicator === indicator && o.grain === "year") found.set(`${o.unitId}|${o.period}`, o);
  const unpublished = new Set(notPublished.filter((m) => m.indicator === indicator).map((m) => `${m.unitId}|${m.period}`));
  const points: YearPoint[] = [];
  for (const unitId of unitIds) {
    for (let year = first; year <= last; year++) {
      const period = String(year);
      const o = found.get(`${unitId}|${period}`);
      if (o !== undefined && o.value !== null) {
        points.push({unitId, indicator, period, value: o.value, status: "value", sample: o.sample, source: o.source});
      } else {
        const status = unpublished.has(`${unitId}|${period}`) ? "not-published" : "missing";
        points.push({unitId, indicator, period, value: null, status, sample: false, source: ""});
      }
    }
  }
  return points;
}
