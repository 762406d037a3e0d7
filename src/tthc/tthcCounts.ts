/**
 * One unit's monthly counts from the report on handling administrative procedures
 * (báo cáo kết quả giải quyết thủ tục hành chính, TTHC).
 */
export interface TthcCounts {
  /** Tổng số hồ sơ tiếp nhận */
  readonly receivedTotal: number;
  /** Tiếp nhận trực tuyến */
  readonly receivedOnline: number;
  /** Trong đó: trực tuyến toàn trình (fully online) */
  readonly receivedFullyOnline: number;
  /** Tiếp nhận trực tiếp (in person) */
  readonly receivedInPerson: number;
  /** Tiếp nhận qua dịch vụ bưu chính công ích (BCCI) */
  readonly receivedPostal: number;
  /** Đã giải quyết đúng hạn (và trước hạn) */
  readonly resolvedOnTime: number;
  /** Đã giải quyết quá hạn */
  readonly resolvedLate: number;
  /** Trả kết quả qua dịch vụ BCCI */
  readonly returnedPostal: number;
  /** Hồ sơ thanh toán phí, lệ phí trực tuyến */
  readonly paidOnline: number;
}

export type TthcCountField = keyof TthcCounts;

/** Column order of the report table, as units send it. */
export const TTHC_COUNT_FIELDS: readonly TthcCountField[] = [
  "receivedTotal",
  "receivedOnline",
  "receivedFullyOnline",
  "receivedInPerson",
  "receivedPostal",
  "resolvedOnTime",
  "resolvedLate",
  "returnedPostal",
  "paidOnline"
];

/**
 * One row of the published counts (data/tthc/counts.arrow): a unit's month with the report's
 * counts as given, null where the report lacked the column (never 0). `partial` is set by
 * countsInSuccessorView for a successor that also covers units outside the area.
 */
export type PublishedCounts = {readonly [F in TthcCountField]: number | null} & {
  readonly unitId: string;
  /** Month "YYYY-MM". */
  readonly period: string;
  readonly source: string;
  readonly sample: boolean;
  readonly partial?: boolean;
};
