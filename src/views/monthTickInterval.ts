const STEPS: readonly [months: number, interval: string][] = [
  [1, "month"],
  [2, "2 months"],
  [3, "3 months"],
  [6, "6 months"],
  [12, "year"],
  [24, "2 years"],
  [60, "5 years"],
  [120, "10 years"]
];

/**
 * The tick interval of a monthly time axis, for Plot's `ticks` ("3 months", "year"…): the
 * shortest of 1, 2, 3, 6, 12, 24, 60 or 120 months that puts at most one tick per
 * `pixelsPerTick` (default 56, room for "T10/2026") across `width` — but never so long a step
 * that fewer than two ticks fall in the range (the longest step is half the range). Ticks then
 * fall on the first of a month, so formatTimeTick never labels two ticks with the same month.
 */
export function monthTickInterval(monthCount: number, width: number, pixelsPerTick = 56): string {
  const most = Math.max(2, Math.floor(width / pixelsPerTick));
  const months = Math.max(1, Math.ceil(monthCount));
  const allowed = STEPS.filter(([step], i) => i === 0 || step * 2 <= months);
  for (const [step, interval] of allowed) if (Math.ceil(months / step) <= most) return interval;
  return allowed[allowed.length - 1]![1];
}
