/** One indicator compared: the value shown and what it is compared with (the year before, a median). */
interface ComparedRow {
  readonly indicator: string;
  readonly value: number | null;
  readonly compare: number | null;
}

/** How a profile stands against its comparison, for a one-sentence summary. */
export interface ProfileComparison {
  /** Rows with both values. */
  readonly compared: number;
  readonly higher: number;
  readonly lower: number;
  readonly same: number;
  /** The row furthest above its comparison, and furthest below (null when none is). */
  readonly mostAbove: {readonly indicator: string; readonly difference: number} | null;
  readonly mostBelow: {readonly indicator: string; readonly difference: number} | null;
}

/**
 * Counts the indicators above, below and level with their comparison (a sub-index against the
 * year before, a component against the district median), with the largest gap each way. A row
 * missing either value is left out, never counted as 0. `digits` rounds differences as shown,
 * so 6.361 vs 6.359 at 2 digits is level.
 */
export function profileComparison(rows: readonly ComparedRow[], {digits = 2}: {readonly digits?: number} = {}): ProfileComparison {
  const scale = 10 ** digits;
  const both = rows
    .filter((r) => r.value !== null && r.compare !== null)
    .map((r) => ({indicator: r.indicator, difference: Math.round(((r.value as number) - (r.compare as number)) * scale) / scale}));
  const above = both.filter((r) => r.difference > 0).sort((a, b) => b.difference - a.difference);
  const below = both.filter((r) => r.difference < 0).sort((a, b) => a.difference - b.difference);
  return {
    compared: both.length,
    higher: above.length,
    lower: below.length,
    same: both.length - above.length - below.length,
    mostAbove: above[0] ?? null,
    mostBelow: below[0] ?? null
  };
}
