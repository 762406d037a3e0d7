// Figures and verdicts for npm run bench:web: medians of repeated runs, and one line per speed
// budget saying whether it was met or by how much it was missed.

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type BudgetUnit = "ms" | "bytes";

/** 1234 → "1234 ms"; 512000 → "512.0 kB" (kB = 1000 bytes, as budgets are written). */
export function formatAmount(value: number, unit: BudgetUnit): string {
  if (unit === "ms") return `${Math.round(value)} ms`;
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(2)} MB`;
  return `${(value / 1000).toFixed(1)} kB`;
}

/**
 * "target ≤ 1000 ms: met" or "target ≤ 1000 ms: MISSED by 240 ms (24%)". A value that could not
 * be measured (NaN) is never reported as met.
 */
export function budgetVerdict(value: number, target: number, unit: BudgetUnit): string {
  const head = `target ≤ ${formatAmount(target, unit)}`;
  if (!Number.isFinite(value)) return `${head}: not measured`;
  if (value <= target) return `${head}: met`;
  const over = value - target;
  return `${head}: MISSED by ${formatAmount(over, unit)} (${Math.round((over / target) * 100)}%)`;
}
