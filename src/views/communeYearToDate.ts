import type {Observation} from "../model/observation.ts";
import {yearToDate, type YearToDate} from "./yearToDate.ts";

/** A commune's year-to-date figure for one indicator, against the area and the same months a year earlier. */
export interface CommuneYearToDate {
  readonly indicator: string;
  /** Last month pooled ("YYYY-MM"): the unit's latest month with a value; January of its year is the first. */
  readonly through: string;
  readonly unit: YearToDate | null;
  readonly area: YearToDate | null;
  /** The same months one year earlier. */
  readonly unitLastYear: YearToDate | null;
  readonly areaLastYear: YearToDate | null;
  /** unit − area, and unit − unit a year earlier (shares: 0.05 is 5 points); null when either is missing. */
  readonly vsArea: number | null;
  readonly vsLastYear: number | null;
  /** Whether the unit is ahead of the area, and better than a year earlier, by the indicator's `better`; null when unknown or equal. */
  readonly aheadOfArea: boolean | null;
  readonly betterThanLastYear: boolean | null;
}

const lastYear = (month: string): string => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

/**
 * Year-to-date (lũy kế từ đầu năm) for one unit per indicator, with pooled counts: from January
 * to the unit's latest month with a value, against the area's pooled total over the same months
 * and against the same months of the year before. Answers "is this commune ahead of the area
 * this year, and better than last year?". Indicators where the unit has no value are left out.
 */
export function communeYearToDate(
  observations: readonly Observation[],
  reference: readonly Observation[],
  unitId: string,
  indicators: readonly {readonly id: string; readonly better: "higher" | "lower"}[]
): CommuneYearToDate[] {
  const own = observations.filter((o) => o.unitId === unitId && o.grain === "month");
  return indicators.flatMap((indicator): CommuneYearToDate[] => {
    const mine = own.filter((o) => o.indicator === indicator.id);
    const area = reference.filter((o) => o.indicator === indicator.id && o.grain === "month");
    const months = mine.filter((o) => o.value !== null).map((o) => o.period);
    if (months.length === 0) return [];
    const through = months.reduce((a, b) => (a > b ? a : b));
    const at = (rows: readonly Observation[], month: string): YearToDate | null => yearToDate(rows, month)[0] ?? null;
    const unit = at(mine, through);
    const areaNow = at(area, through);
    const unitBefore = at(mine, lastYear(through));
    const areaBefore = at(area, lastYear(through));
    const diff = (a: YearToDate | null, b: YearToDate | null): number | null => (a?.value != null && b?.value != null ? a.value - b.value : null);
    const better = (d: number | null): boolean | null => (d === null || d === 0 ? null : indicator.better === "higher" ? d > 0 : d < 0);
    const vsArea = diff(unit, areaNow);
    const vsLastYear = diff(unit, unitBefore);
    return [{indicator: indicator.id, through, unit, area: areaNow, unitLastYear: unitBefore, areaLastYear: areaBefore, vsArea, vsLastYear, aheadOfArea: better(vsArea), betterThanLastYear: better(vsLastYear)}];
  });
}
