/** A row of a DDCI results table, as ddciTableRows gives it. */
interface RankedRow {
  readonly unitId: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly of: number;
}

/** What the DDCI ranking of one year says at a glance. */
export interface DdciRanking {
  /** The followed unit's row, or null when it has no total that year. */
  readonly focus: RankedRow | null;
  readonly highest: RankedRow | null;
  readonly lowest: RankedRow | null;
  /** Units without a total that year (named on the page, never drawn as 0). */
  readonly notScored: readonly string[];
}

/**
 * The headline of a DDCI year (issue #12: what the page computes, tested): the followed unit's
 * rank and score, the highest and the lowest unit, and which units have no total.
 */
export function ddciRanking(rows: readonly RankedRow[], {focusId = null}: {readonly focusId?: string | null} = {}): DdciRanking {
  const ranked = rows.filter((r) => r.total !== null && r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
  return {
    focus: ranked.find((r) => r.unitId === focusId) ?? null,
    highest: ranked[0] ?? null,
    lowest: ranked.at(-1) ?? null,
    notScored: rows.filter((r) => r.total === null).map((r) => r.unitId)
  };
}
