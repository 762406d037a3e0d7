/** The first and last of a file's periods for its provenance record, or null when it has none. */
export function periodSpan(periods: readonly string[]): readonly [string, string] | null {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort();
  return [sorted[0]!, sorted[sorted.length - 1]!];
}
