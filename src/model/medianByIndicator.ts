import {median} from "./median.ts";
import type {Observation} from "./observation.ts";

/** The median of one indicator over a group of units in one period. */
export interface IndicatorMedian {
  readonly indicator: string;
  readonly median: number | null;
  /** How many units had a value (the median is over these). */
  readonly count: number;
  /** Whether any value in the median is generated sample data. */
  readonly sample: boolean;
}

/**
 * The median (trung vị) of each indicator over the units in `unitIds` in `period`, in the order
 * of `indicators`. Units without a value are left out, never counted as 0; null when none has one.
 */
export function medianByIndicator(
  observations: readonly Observation[],
  {unitIds, period, indicators}: {readonly unitIds: readonly string[]; readonly period: string; readonly indicators: readonly string[]}
): IndicatorMedian[] {
  const units = new Set(unitIds);
  const group = observations.filter((o) => o.period === period && units.has(o.unitId) && o.value !== null);
  return indicators.map((indicator) => {
    const values = group.filter((o) => o.indicator === indicator);
    return {indicator, median: median(values.map((o) => o.value)), count: values.length, sample: values.some((o) => o.sample)};
  });
}
