/**
 * Tick positions (UTC ms of 1 January) for a time axis whose points are all whole years, or
 * null when any point is not on 1 January (months, quarters, dates keep the automatic ticks).
 * Without them two yearly periods got monthly ticks in between. At most `maxTicks`, evenly
 * spaced from the first year.
 */
export function yearTicks(xs: readonly number[], maxTicks = 10): number[] | null {
  if (xs.length === 0) return null;
  const years: number[] = [];
  for (const x of xs) {
    const date = new Date(x);
    if (!Number.isFinite(x) || date.getUTCMonth() !== 0 || date.getUTCDate() !== 1 || x % 86_400_000 !== 0) return null;
    years.push(date.getUTCFullYear());
  }
  const first = Math.min(...years);
  const last = Math.max(...years);
  const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks));
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}
