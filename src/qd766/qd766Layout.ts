import type {Indicator} from "../model/indicator.ts";

/** A column of a published QĐ 766 score table. */
export type Qd766ScoreKey = "cong_khai" | "tien_do" | "so_hoa" | "truc_tuyen" | "dvc_truc_tuyen" | "thanh_toan" | "hai_long" | "total";
export type Qd766ColumnKey = "index" | "unit" | "period" | Qd766ScoreKey | "rank" | "classification";

/** Score columns with their maximum points (QĐ 766/QĐ-TTg; the portal's 12 + 10 split of the online group). */
export const QD766_SCORE_COLUMNS: readonly {readonly key: Qd766ScoreKey; readonly header: string; readonly headerEn: string; readonly max: number}[] = [
  {key: "cong_khai", header: "Công khai, minh bạch", headerEn: "Publicity, transparency", max: 18},
  {key: "tien_do", header: "Tiến độ giải quyết", headerEn: "Progress of resolution", max: 20},
  {key: "so_hoa", header: "Số hóa hồ sơ", headerEn: "Digitisation", max: 22},
  {key: "truc_tuyen", header: "Cung cấp dịch vụ trực tuyến", headerEn: "Online services (group)", max: 22},
  {key: "dvc_truc_tuyen", header: "Dịch vụ công trực tuyến", headerEn: "Online public services", max: 12},
  {key: "thanh_toan", header: "Thanh toán trực tuyến", headerEn: "Online payment", max: 10},
  {key: "hai_long", header: "Mức độ hài lòng", headerEn: "Satisfaction", max: 18},
  {key: "total", header: "Tổng điểm", headerEn: "Total", max: 100}
];

/** Headers as the portal writes them, for messages and the sample writer. */
export const QD766_COLUMNS: readonly {readonly key: Qd766ColumnKey; readonly header: string}[] = [
  {key: "index", header: "STT"},
  {key: "unit", header: "Đơn vị"},
  {key: "period", header: "Kỳ đánh giá"},
  ...QD766_SCORE_COLUMNS.map((c) => ({key: c.key, header: c.header})),
  {key: "rank", header: "Xếp hạng"},
  {key: "classification", header: "Xếp loại"}
];

const SOURCE = "Quyết định 766/QĐ-TTg ngày 23/6/2022; điểm công bố trên Cổng Dịch vụ công quốc gia / Cổng DVC tỉnh";

/** The published figures as indicators: one per score column, plus the rank. */
export const QD766_INDICATORS: readonly Indicator[] = [
  ...QD766_SCORE_COLUMNS.map((c): Indicator => ({
    id: `qd766_${c.key}`,
    family: "qd766",
    nameVi: c.key === "total" ? "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)" : `QĐ 766: ${c.header}`,
    nameEn: c.key === "total" ? "Service index for citizens and businesses (Decision 766)" : `Decision 766: ${c.headerEn}`,
    unit: "score",
    better: "higher",
    definitionVi: `Điểm chính thức đã công bố, tối đa ${c.max} điểm. ${SOURCE}.`,
    definitionEn: `Official published score, at most ${c.max} points. Decision 766/QD-TTg of 23 June 2022; national or provincial public service portal.`,
    target: null,
    targetSource: null
  })),
  {
    id: "qd766_rank", family: "qd766", nameVi: "QĐ 766: thứ hạng", nameEn: "Decision 766: rank", unit: "rank", better: "lower",
    definitionVi: `Thứ hạng trong bảng đã công bố (1 = cao nhất). ${SOURCE}.`,
    definitionEn: "Rank in the published table (1 = first).", target: null, targetSource: null
  },
  {
    id: "qd766_best_total", family: "qd766", nameVi: "QĐ 766: điểm cao nhất trong bảng công bố", nameEn: "Decision 766: best total in the published table", unit: "score", better: "higher",
    definitionVi: "Tổng điểm cao nhất của mọi đơn vị trong bảng đã công bố (kể cả đơn vị ngoài địa bàn), ghi cho tỉnh.",
    definitionEn: "The best total of any unit in the published table (units outside the area included), recorded on the province.", target: null, targetSource: null
  }
];
