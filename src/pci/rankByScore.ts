/**
 * Ranks by score, highest first (xếp hạng): 1 for the best; equal scores share a rank and the
 * next rank is skipped ("1, 2, 2, 4"), as league tables do.
 */
export function rankByScore(scores: ReadonlyMap<string, number>): Map<string, number> {
  const values = [...scores.values()];
  return new Map([...scores].map(([id, score]) => [id, 1 + values.filter((other) => other > score).length]));
}
