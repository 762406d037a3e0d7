import type {Grain} from "../period/periodTypes.ts";

/**
 * One unit's dossiers in one period, step by step (hành trình hồ sơ): the report's counts
 * (counts.arrow) summed over the period's months. Null means not known (no report, a month
 * missing in the period, or a column the report lacks), never 0.
 */
export interface DossierJourney {
  readonly unitId: string;
  readonly period: string;
  readonly grain: Grain;
  /** Tổng số hồ sơ tiếp nhận */
  readonly receivedTotal: number | null;
  /** Tiếp nhận trực tuyến */
  readonly receivedOnline: number | null;
  /** Trong đó: trực tuyến toàn trình */
  readonly receivedFullyOnline: number | null;
  /** Tiếp nhận qua dịch vụ bưu chính công ích (BCCI) */
  readonly receivedPostal: number | null;
  /** Đã giải quyết trong kỳ (đúng hạn + quá hạn); not a subset of the received: dossiers are resolved in a later month. */
  readonly resolved: number | null;
  readonly resolvedOnTime: number | null;
  readonly resolvedLate: number | null;
  /** Trả kết quả qua dịch vụ BCCI */
  readonly returnedPostal: number | null;
  readonly sample: boolean;
  /** Source files, "; "-separated. */
  readonly source: string;
  /** Some month was partial (a successor also covering units outside the area the data come from). */
  readonly partial: boolean;
}
