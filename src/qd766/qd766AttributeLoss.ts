export interface Qd766LossShare<K> {
  readonly key: K;
  /** Dossiers of this key that count against the indicator (late, not online, …). */
  readonly failing: number;
  /** Its share of the points lost, in proportion to its failing dossiers. */
  readonly pointsLost: number;
}

/**
 * Where the points go: the points an indicator lost, shared among procedures, fields or months
 * in proportion to their failing dossiers, largest first (ties by key). The shares add up to
 * the points lost and the counts to the failing total. Failing counts must be whole and ≥ 0.
 */
export function qd766AttributeLoss<K extends string>(pointsLost: number, parts: readonly {readonly key: K; readonly failing: number}[]): Qd766LossShare<K>[] {
  for (const p of parts) {
    if (!Number.isInteger(p.failing) || p.failing < 0) throw new RangeError(`failing dossiers of "${p.key}" must be a whole number ≥ 0, got ${p.failing}`);
  }
  const total = parts.reduce((s, p) => s + p.failing, 0);
  return parts
    .filter((p) => p.failing > 0)
    .map((p) => ({key: p.key, failing: p.failing, pointsLost: total === 0 ? 0 : (pointsLost * p.failing) / total}))
    .sort((a, b) => b.failing - a.failing || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
