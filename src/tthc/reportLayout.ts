import type {TthcCountField} from "./tthcCounts.ts";

/** Lines above the table in a district's monthly report, as units write them. */
export const REPORT_TITLE = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC";

/** Marker written into every generated sample file; the loader flags such files as sample. */
export const SAMPLE_MARKER = "DỮ LIỆU MẪU — số liệu sinh tự động để minh hoạ, không phải số liệu thật";

/** The two-row header, with the group (merged across its columns) and the sub-header. */
export const REPORT_COLUMNS: readonly {readonly key: "index" | "unit" | TthcCountField; readonly group: string; readonly sub: string}[] = [
  {key: "index", group: "STT", sub: ""},
  {key: "unit", group: "Đơn vị", sub: ""},
  {key: "receivedTotal", group: "Số hồ sơ tiếp nhận", sub: "Tổng số"},
  {key: "receivedOnline", group: "Số hồ sơ tiếp nhận", sub: "Trực tuyến"},
  {key: "receivedFullyOnline", group: "Số hồ sơ tiếp nhận", sub: "Trong đó: toàn trình"},
  {key: "receivedInPerson", group: "Số hồ sơ tiếp nhận", sub: "Trực tiếp"},
  {key: "receivedPostal", group: "Số hồ sơ tiếp nhận", sub: "Qua dịch vụ BCCI"},
  {key: "resolvedOnTime", group: "Số hồ sơ đã giải quyết", sub: "Đúng hạn"},
  {key: "resolvedLate", group: "Số hồ sơ đã giải quyết", sub: "Quá hạn"},
  {key: "returnedPostal", group: "Trả kết quả qua dịch vụ BCCI", sub: ""},
  {key: "paidOnline", group: "Thanh toán trực tuyến", sub: ""}
];
