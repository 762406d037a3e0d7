export type Qd766RungId = "commune" | "best_area" | "best_province" | "threshold";

export interface Qd766Rung {
  readonly id: Qd766RungId;
  /** The value on this rung (a score or a rate), null when not known: shown as missing. */
  readonly value: number | null;
  /** Rung − the commune's value; null when either is missing. 0 or less: already there. */
  readonly gap: number | null;
}

/**
 * The target ladder of one indicator: the commune, the best commune of the area, the best the
 * published table shows for the province, and the full-points threshold, each with its gap to
 * the commune. Missing stays missing: a rung without a value has no gap.
 */
export function qd766Ladder(values: Readonly<Record<Qd766RungId, number | null>>): Qd766Rung[] {
  const own = values.commune;
  return (["commune", "best_area", "best_province", "threshold"] as const).map((id) => {
    const value = values[id];
    return {id, value, gap: value === null || own === null ? null : value - own};
  });
}
