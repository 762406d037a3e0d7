import type {DdciComponentId} from "../model/ddciIndicators.ts";

/** A column of a DDCI results table. */
export type DdciColumnKey = "index" | "unit" | "year" | "responses" | DdciComponentId | "total" | "classification";

/** Title line of a DDCI results table, followed by the year: "Kết quả DDCI năm 2021". */
export const DDCI_TITLE = "KẾT QUẢ BỘ CHỈ SỐ ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ (DDCI)";

/**
 * Classifications (xếp loại) a DDCI table may give, best first. "Rất tốt", "Tốt", "Khá",
 * "Trung bình" and "Rất thấp" appear in Hà Tĩnh's published 2021 table (ddcihatinh.vn);
 * "Tương đối thấp" and "Thấp" complete the scale as the project was told it; not seen published.
 */
export const DDCI_CLASSIFICATIONS = ["Rất tốt", "Tốt", "Khá", "Trung bình", "Tương đối thấp", "Thấp", "Rất thấp"] as const;

export type DdciClassification = (typeof DDCI_CLASSIFICATIONS)[number];

/** Headers as Hà Tĩnh's published table writes them (ddcihatinh.vn, "Bảng chỉ số thành phần"). */
export const DDCI_COLUMNS: readonly {readonly key: DdciColumnKey; readonly header: string}[] = [
  {key: "index", header: "STT"},
  {key: "unit", header: "Đơn vị"},
  // optional: some tables give the year in a column instead of a title line
  {key: "year", header: "Năm"},
  {key: "responses", header: "Số phiếu trả lời"},
  {key: "ddci_transparency", header: "Tính minh bạch và tiếp cận thông tin"},
  {key: "ddci_time", header: "Chi phí thời gian"},
  {key: "ddci_leadership", header: "Vai trò của người đứng đầu"},
  {key: "ddci_informal", header: "Chi phí không chính thức"},
  {key: "ddci_support", header: "Hỗ trợ DN, HTX, HKD"},
  {key: "ddci_legal", header: "Thiết chế pháp lý và an ninh trật tự"},
  {key: "ddci_equal", header: "Cạnh tranh bình đẳng"},
  {key: "ddci_land", header: "Tiếp cận đất đai"},
  {key: "ddci_proactive", header: "Tính năng động và hiệu lực"},
  {key: "total", header: "Điểm tổng (thang điểm 100)"},
  {key: "classification", header: "Xếp loại"}
];
