import type {TthcCountField} from "../tthc/tthcCounts.ts";

export type IndicatorFamily = "tthc" | "pci" | "ddci" | "plan";

/** An indicator (chỉ số, chỉ tiêu) shown on the dashboard. */
export interface Indicator {
  readonly id: string;
  readonly family: IndicatorFamily;
  readonly nameVi: string;
  readonly nameEn: string;
  /** How the value is expressed: a share 0..1, a count, or an index score. */
  readonly unit: "share" | "count" | "score";
  readonly better: "higher" | "lower";
  /** Summed count fields forming the numerator (for counts: the count itself). */
  readonly numerator: readonly TthcCountField[];
  /** Summed count fields forming the denominator; empty for counts. */
  readonly denominator: readonly TthcCountField[];
  readonly definitionVi: string;
  readonly definitionEn: string;
  /** Target as a share/count/score, or null where no plan sets one. */
  readonly target: number | null;
  readonly targetSource: string | null;
}
