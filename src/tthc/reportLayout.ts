import type {TthcCountField} from "./tthcCounts.ts";

/** Lines above the table in a district's monthly report, as units write them. */
export const REPORT_TITLE = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC";

/** Marker written into every generated sample file; the loader flags such files as sample. */
export const SAMPLE_MARKER = "DỮ LIỆU MẪU — số liệu sinh tự động để minh hoạ, không phải số liệu thật";

/**
 * The two-row header, with the group (merged across its columns) and the sub-header.
 * `required`: only what the headline shares need (online, postal, on time, all received); a
 * report without the others loads, and the indicators needing them are missing for its month.
 */
export const REPORT_COLUMNS: readonly {readonly key: "index" | "unit" | TthcCountField; readonly group: string; readonly sub: string; readonly required: boolean}[] = [
  {key: "index", group: "STT", sub: "", required: false},
  {key: "unit", group: "Đơn vị", sub: "", required: true},
  {key: "receivedTotal", group: "Số hồ sơ tiếp nhận", sub: "Tổng số", required: true},
  {key: "receivedOnline", group: "Số hồ sơ tiếp nhận", sub: "Trực tuyến", required: true},
  {key: "receivedFullyOnline", group: "Số hồ sơ tiếp nhận", sub: "Trong đó: toàn trình", required: false},
  {key: "receivedInPerson", group: "Số hồ sơ tiếp nhận", sub: "Trực tiếp", required: false},
  {key: "receivedPostal", group: "Số hồ sơ tiếp nhận", sub: "Qua dịch vụ BCCI", required: true},
  {key: "resolvedOnTime", group: "Số hồ sơ đã giải quyết", sub: "Đúng hạn", required: true},
  {key: "resolvedLate", group: "Số hồ sơ đã giải quyết", sub: "Quá hạn", required: true},
  {key: "returnedPostal", group: "Trả kết quả qua dịch vụ BCCI", sub: "", required: false},
  {key: "paidOnline", group: "Thanh toán trực tuyến", sub: "", required: false}
];
