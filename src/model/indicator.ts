/**
 * The group an indicator belongs to, usually the id of the dataset that publishes it ("tthc",
 * "pci", "ddci", "papi", "plan"). Open: a new source brings its own family with no edit here.
 */
export type IndicatorFamily = string;

/** An indicator (chỉ số, chỉ tiêu) shown on the dashboard. */
export interface Indicator {
  readonly id: string;
  readonly family: IndicatorFamily;
  readonly nameVi: string;
  readonly nameEn: string;
  /** How the value is expressed: a share 0..1, a count, an index score, or a rank (1 = first). */
  readonly unit: "share" | "count" | "score" | "rank";
  readonly better: "higher" | "lower";
  readonly definitionVi: string;
  readonly definitionEn: string;
  /** Target as a share/count/score, or null where no plan sets one. */
  readonly target: number | null;
  readonly targetSource: string | null;
}
