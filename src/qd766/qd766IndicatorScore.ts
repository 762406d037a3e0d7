import {poolCounts, type CountRow} from "../rates/poolCounts.ts";
import type {Qd766Formula} from "./qd766Formulas.ts";
import {qd766Points} from "./qd766Points.ts";

export interface Qd766IndicatorScore {
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Pooled rate; null when missing or when the pooled denominator is 0. */
  readonly rate: number | null;
  /** Estimated points (ước tính từ dữ liệu hồ sơ); null when the rate is missing. */
  readonly points: number | null;
  /** maxPoints − points; null when the rate is missing. */
  readonly pointsLost: number | null;
  /** Dossiers that count against it: denominator − numerator; null when missing. */
  readonly failing: number | null;
}

/**
 * One indicator's estimated score over the months (and units) given, pooled by the one rule
 * (poolCounts): a month not reported makes it missing; 0 of 0 dossiers adds nothing; a pooled
 * denominator of 0 is missing, neither full points nor zero.
 */
export function qd766IndicatorScore(formula: Readonly<Qd766Formula>, rows: readonly (CountRow | undefined)[]): Qd766IndicatorScore {
  const pooled = poolCounts(rows, true);
  const points = qd766Points(pooled.value, formula.threshold, formula.maxPoints);
  return {
    numerator: pooled.numerator,
    denominator: pooled.denominator,
    rate: pooled.value,
    points,
    pointsLost: points === null ? null : formula.maxPoints - points,
    failing: pooled.value === null ? null : pooled.denominator! - pooled.numerator!
  };
}
