/**
 * A value axis that fits its data (issue #13: never 0-100 for values of 40-70): from the
 * smallest value rounded down to `step` to the largest rounded up, kept within the index's own
 * scale `[min, max]` (e.g. 0-10 for a sub-index). Missing values are ignored; with none, the
 * whole scale. A single value gets one step either side.
 */
export function fitDomain(
  values: readonly (number | null | undefined)[],
  {step, min, max}: {readonly step: number; readonly min: number; readonly max: number}
): [number, number] {
  const present = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (present.length === 0 || !(step > 0)) return [min, max];
  let lo = Math.floor(Math.min(...present) / step) * step;
  let hi = Math.ceil(Math.max(...present) / step) * step;
  if (lo === hi) {
    lo -= step;
    hi += step;
  }
  return [Math.max(min, lo), Math.min(max, hi)];
}
