/** A column of a plan report, with the header written in sample files and the headers accepted. */
export interface PlanColumn<K extends string> {
  readonly key: K;
  readonly header: string;
  /** Accepted headers, compared without diacritics, case or punctuation (see identifyPlanColumn). */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export type ActivityColumnKey = "index" | "date" | "unit" | "task" | "productType" | "count" | "note";
export type MeasurementColumnKey = "index" | "quarter" | "unit" | "measure" | "result" | "denominator" | "note";

/** Title of activity reports (báo cáo kết quả tuyên truyền), as the sample writes it. */
export const ACTIVITY_REPORT_TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CCHC, PCI, DDCI";
/** Title of target measurement reports (kết quả chỉ tiêu), as the sample writes it. */
export const MEASUREMENT_REPORT_TITLE = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU TUYÊN TRUYỀN CCHC";

const UNIT = ["don vi", "co quan", "don vi co quan", "co quan don vi", "don vi thuc hien", "don vi bao cao", "unit", "agency"];

/** One row per activity (or a day's activities of one kind): date, unit or agency, task item, product type, count. */
export const ACTIVITY_COLUMNS: readonly PlanColumn<ActivityColumnKey>[] = [
  {key: "index", header: "STT", aliases: ["stt", "tt", "so tt"], required: false},
  {key: "date", header: "Ngày", aliases: ["ngay", "ngay thuc hien", "ngay thang", "thoi gian thuc hien", "date"], required: true},
  {key: "unit", header: "Đơn vị/Cơ quan", aliases: UNIT, required: true},
  {key: "task", header: "Nhiệm vụ", aliases: ["nhiem vu", "nhiem vu so", "so nhiem vu", "stt nhiem vu", "nv", "task"], required: true},
  {key: "productType", header: "Loại sản phẩm", aliases: ["loai san pham", "san pham", "hinh thuc", "hinh thuc tuyen truyen", "product type", "product"], required: true},
  {key: "count", header: "Số lượng", aliases: ["so luong", "count"], required: true},
  {key: "note", header: "Đường dẫn/Ghi chú", aliases: ["duong dan ghi chu", "duong dan", "ghi chu", "link", "link ghi chu", "note"], required: false}
];

/** One row per unit, quarter and target measure: result (yes/no, or a count) and, for shares, the total. */
export const MEASUREMENT_COLUMNS: readonly PlanColumn<MeasurementColumnKey>[] = [
  {key: "index", header: "STT", aliases: ["stt", "tt", "so tt"], required: false},
  {key: "quarter", header: "Quý", aliases: ["quy", "ky bao cao", "quarter"], required: true},
  {key: "unit", header: "Đơn vị", aliases: UNIT, required: true},
  {key: "measure", header: "Chỉ tiêu", aliases: ["chi tieu", "ma chi tieu", "chi tieu so", "measure", "target"], required: true},
  {key: "result", header: "Kết quả", aliases: ["ket qua", "so dat", "result"], required: true},
  {key: "denominator", header: "Tổng số", aliases: ["tong so", "mau so", "total"], required: true},
  {key: "note", header: "Ghi chú", aliases: ["ghi chu", "note"], required: false}
];
