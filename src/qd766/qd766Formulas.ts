import type {Qd766GroupId} from "./qd766Groups.ts";

/** An indicator this project can estimate from dossier exports (ước tính từ dữ liệu hồ sơ). */
export type Qd766FormulaId = "on_time" | "online" | "fully_online" | "online_payment" | "digitised" | "e_result";

/** How well a part of a formula is backed by the texts at hand. */
export type Qd766Basis = "cited" | "chosen";

export interface Qd766Formula {
  readonly id: Qd766FormulaId;
  readonly group: Qd766GroupId;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Points this indicator can earn within its group. */
  readonly maxPoints: number;
  /** The rate (0..1) at or above which it earns full points; below, points fall in proportion. */
  readonly threshold: number;
  readonly numeratorVi: string;
  readonly numeratorEn: string;
  readonly denominatorVi: string;
  readonly denominatorEn: string;
  /** Optional export columns it needs (Số hóa hồ sơ, Kết quả điện tử); none = every export can give it. */
  readonly needs: readonly ("digitised" | "eResult")[];
  /** The texts it rests on (document number and date). */
  readonly sourceVi: string;
  /** Which parts are cited and which were chosen here because the texts at hand leave them unclear. */
  readonly maxPointsBasis: Qd766Basis;
  readonly thresholdBasis: Qd766Basis;
  readonly noteVi: string;
  readonly noteEn: string;
}

const QD = "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, Phụ lục";
const NQ76 = "Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ (Chương trình tổng thể CCHC 2021-2030), mục tiêu đến 2025";

type Row = readonly [
  id: Qd766FormulaId, group: Qd766GroupId, nameVi: string, nameEn: string, maxPoints: number, threshold: number,
  numeratorVi: string, numeratorEn: string, denominator: "received" | "resolved", needs: Qd766Formula["needs"],
  sourceVi: string, maxPointsBasis: Qd766Basis, thresholdBasis: Qd766Basis, noteVi: string, noteEn: string
];

const DENOMINATOR = {
  received: {denominatorVi: "hồ sơ tiếp nhận", denominatorEn: "dossiers received"},
  resolved: {denominatorVi: "hồ sơ đã giải quyết", denominatorEn: "dossiers resolved"}
} as const;

/**
 * The formulas, as a table. Cited: the groups and their points (QD766_GROUPS); that a rate earns
 * its full points when it reaches the goal NQ 76/NQ-CP sets for the period (QĐ 766, as summarised
 * by baocaotaichinh.vn); that the whole "tiến độ" group (20) rests on the on-time rate, and
 * "thanh toán trực tuyến" is worth 10. Chosen here, where the decision's appendix was not at
 * hand: how the digitisation group (22) and the online part (12) split between indicators, and
 * every threshold (the 50% online goal of NQ 76 is recalled, not checked against its text).
 * Every choice is marked "chosen" and shown so on the page; change it here, once.
 */
const ROWS: readonly Row[] = [
  ["on_time", "tien_do", "Giải quyết đúng hạn", "Resolved on time", 20, 1, "hồ sơ giải quyết đúng hoặc trước hạn", "dossiers resolved on or before the due date", "resolved", [], QD, "cited", "chosen",
    "Đạt tỷ lệ đúng hạn thì được tối đa 20 điểm; ngưỡng 100% (điểm tỷ lệ thuận với tỷ lệ đúng hạn) là lựa chọn của dự án.",
    "Full 20 points for the on-time rate; the 100% threshold (points proportional to the rate) is this project's choice."],
  ["online", "truc_tuyen", "Hồ sơ nộp trực tuyến", "Dossiers submitted online", 6, 0.5, "hồ sơ nộp trực tuyến", "dossiers submitted online", "received", [],
    `${QD}; ngưỡng: ${NQ76} (tỷ lệ hồ sơ giải quyết trực tuyến tối thiểu 50%)`, "chosen", "chosen",
    "Phần \"dịch vụ công trực tuyến\" (12 điểm) chia đều cho hồ sơ trực tuyến và trực tuyến toàn trình: lựa chọn của dự án. Ngưỡng 50% theo mục tiêu 2025 của NQ 76/NQ-CP, chưa đối chiếu nguyên văn: coi là lựa chọn.",
    "The \"online public services\" part (12 points) is split evenly between online and fully online: this project's choice. The 50% threshold follows NQ 76/NQ-CP's 2025 goal, not checked against its text here: treated as a choice."],
  ["fully_online", "truc_tuyen", "Hồ sơ trực tuyến toàn trình", "Fully online dossiers", 6, 0.5, "hồ sơ trực tuyến toàn trình", "fully online dossiers", "received", [], `${QD}; ngưỡng: ${NQ76}`, "chosen", "chosen",
    "Cùng ngưỡng 50% như hồ sơ trực tuyến: lựa chọn của dự án.", "The same 50% threshold as online submission: this project's choice."],
  ["online_payment", "truc_tuyen", "Thanh toán trực tuyến", "Paid online", 10, 0.5, "hồ sơ thanh toán trực tuyến", "dossiers paid online", "received", [], QD, "cited", "chosen",
    "Tệp xuất không cho biết hồ sơ nào phải nộp phí, nên mẫu số là mọi hồ sơ tiếp nhận; ngưỡng 50% là lựa chọn của dự án.",
    "Exports do not say which dossiers carry a fee, so the denominator is every dossier received; the 50% threshold is this project's choice."],
  ["digitised", "so_hoa", "Số hóa hồ sơ", "Digitised dossiers", 11, 1, "hồ sơ được số hóa khi tiếp nhận", "dossiers digitised at receipt", "received", ["digitised"], QD, "chosen", "chosen",
    "Nhóm số hóa (22 điểm) chia đều cho số hóa hồ sơ và kết quả điện tử; ngưỡng 100%: lựa chọn của dự án.",
    "The digitisation group (22 points) is split evenly between digitised dossiers and electronic results; 100% threshold: this project's choice."],
  ["e_result", "so_hoa", "Cấp kết quả điện tử", "Electronic results issued", 11, 1, "hồ sơ có kết quả điện tử", "dossiers with an electronic result", "resolved", ["eResult"], QD, "chosen", "chosen",
    "Như số hóa hồ sơ: lựa chọn của dự án.", "As for digitised dossiers: this project's choice."]
];

export const QD766_FORMULAS: readonly Qd766Formula[] = ROWS.map(
  ([id, group, nameVi, nameEn, maxPoints, threshold, numeratorVi, numeratorEn, denominator, needs, sourceVi, maxPointsBasis, thresholdBasis, noteVi, noteEn]) => ({
    id, group, nameVi, nameEn, maxPoints, threshold, numeratorVi, numeratorEn, ...DENOMINATOR[denominator], needs, sourceVi, maxPointsBasis, thresholdBasis, noteVi, noteEn
  })
);
