import type {Observation} from "../model/observation.ts";
import {seriesInRange, type RangeOptions} from "../model/seriesInRange.ts";
import {yearToDate} from "./yearToDate.ts";

/** A row of a series at a grain; `ytdThrough` is set on a year given as year-to-date. */
export type GrainRow = Observation & {readonly incomplete: boolean; readonly ytdThrough: string | null};

/**
 * seriesInRange (monthly counts rolled up to `grain`, gaps kept), except that at the year grain
 * a range ending before December gives its last year as year-to-date (lũy kế từ đầu năm, through
 * `to`) instead of dropping it as incomplete. That row carries `ytdThrough` so a page labels it.
 */
export function seriesWithYearToDate(observations: readonly Observation[], range: RangeOptions): GrainRow[] {
  const rows = seriesInRange(observations, range).map((o): GrainRow => ({...o, ytdThrough: null}));
  if (range.grain !== "year" || range.to.endsWith("-12")) return rows;
  const year = range.to.slice(0, 4);
  const ytd = yearToDate(observations, range.to, range.from).map((o): GrainRow => {
    const {through, complete, ...row} = o;
    return {...row, incomplete: !complete, ytdThrough: through};
  });
  return rows
    .filter((o) => o.period !== year)
    .concat(ytd)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
