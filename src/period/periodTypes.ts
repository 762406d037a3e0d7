/** Reporting grain: tháng, quý, 6 tháng, năm. */
export type Grain = "month" | "quarter" | "half" | "year";

/** A reporting period (kỳ báo cáo). */
export interface Period {
  readonly grain: Grain;
  /** "2024-10", "2024-Q3", "2024-H1" or "2024", as periodOf returns. */
  readonly id: string;
  /** First month, "YYYY-MM", inclusive. */
  readonly start: string;
  /** Last month, "YYYY-MM", inclusive. */
  readonly end: string;
}
