import type {Grain} from "../period/periodTypes.ts";

/** The tidy contract pages rely on: one indicator for one unit in one period. */
export interface Observation {
  readonly unitId: string;
  readonly indicator: string;
  /** Period id: "2024-10" (month), "2024-Q4", "2024-H2" or "2024". */
  readonly period: string;
  readonly grain: Grain;
  /** null means missing (never zero): e.g. a denominator of 0. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Source file name (no path) the counts came from. */
  readonly source: string;
  /** True for generated sample data (Dữ liệu mẫu). */
  readonly sample: boolean;
  /**
   * Optional sub-key within the indicator, for sources whose rows are finer than unit ×
   * indicator × period: the plan's task item ("13", "14.2") for plan activities, the target
   * measure ("2.1") for plan measurements. Absent for every other source.
   */
  readonly item?: string;
}
