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

/**
 * The formulas, as data. Cited: the groups and their points (QD766_GROUPS); that each rate
 * earns its full points when it reaches the goal set for the period by NQ 76/NQ-CP and
 * proportionally less below it (QĐ 766, as summarised by baocaotaichinh.vn and vietjack.me);
 * that the whole "tiến độ" group (20) is the on-time rate. Chosen here, where the decision's
 * appendix was not at hand: how the digitisation group (22) and the online part (12) split
 * between indicators, and the thresholds of payment, digitisation and electronic results.
 * Every choice is marked "chosen" and shown so on the page; change it here, once.
 */
export const QD766_FORMULAS: readonly Qd766Formula[] = [
  {
    id: "on_time", group: "tien_do", nameVi: "Giải quyết đúng hạn", nameEn: "Resolved on time", maxPoints: 20, threshold: 1,
    numeratorVi: "hồ sơ giải quyết đúng hoặc trước hạn", numeratorEn: "dossiers resolved on or before the due date",
    denominatorVi: "hồ sơ đã giải quyết", denominatorEn: "dossiers resolved", needs: [],
    sourceVi: QD, maxPointsBasis: "cited", thresholdBasis: "chosen",
    noteVi: "Đạt tỷ lệ đúng hạn thì được tối đa 20 điểm; ngưỡng 100% (điểm tỷ lệ thuận với tỷ lệ đúng hạn) là lựa chọn của dự án.",
    noteEn: "Full 20 points for the on-time rate; the 100% threshold (points proportional to the rate) is this project's choice."
  },
  {
    id: "online", group: "truc_tuyen", nameVi: "Hồ sơ nộp trực tuyến", nameEn: "Dossiers submitted online", maxPoints: 6, threshold: 0.5,
    numeratorVi: "hồ sơ nộp trực tuyến", numeratorEn: "dossiers submitted online",
    denominatorVi: "hồ sơ tiếp nhận", denominatorEn: "dossiers received", needs: [],
    sourceVi: `${QD}; ngưỡng: ${NQ76} (tỷ lệ hồ sơ giải quyết trực tuyến tối thiểu 50%)`, maxPointsBasis: "chosen", thresholdBasis: "cited",
    noteVi: "Phần \"dịch vụ công trực tuyến\" (12 điểm) chia đều cho hồ sơ trực tuyến và trực tuyến toàn trình: lựa chọn của dự án.",
    noteEn: "The \"online public services\" part (12 points) is split evenly between online and fully online: this project's choice."
  },
  {
    id: "fully_online", group: "truc_tuyen", nameVi: "Hồ sơ trực tuyến toàn trình", nameEn: "Fully online dossiers", maxPoints: 6, threshold: 0.5,
    numeratorVi: "hồ sơ trực tuyến toàn trình", numeratorEn: "fully online dossiers",
    denominatorVi: "hồ sơ tiếp nhận", denominatorEn: "dossiers received", needs: [],
    sourceVi: `${QD}; ngưỡng: ${NQ76}`, maxPointsBasis: "chosen", thresholdBasis: "chosen",
    noteVi: "Cùng ngưỡng 50% như hồ sơ trực tuyến: lựa chọn của dự án.",
    noteEn: "The same 50% threshold as online submission: this project's choice."
  },
  {
    id: "online_payment", group: "truc_tuyen", nameVi: "Thanh toán trực tuyến", nameEn: "Paid online", maxPoints: 10, threshold: 0.5,
    numeratorVi: "hồ sơ thanh toán trực tuyến", numeratorEn: "dossiers paid online",
    denominatorVi: "hồ sơ tiếp nhận", denominatorEn: "dossiers received", needs: [],
    sourceVi: QD, maxPointsBasis: "cited", thresholdBasis: "chosen",
    noteVi: "Tệp xuất không cho biết hồ sơ nào phải nộp phí, nên mẫu số là mọi hồ sơ tiếp nhận; ngưỡng 50% là lựa chọn của dự án.",
    noteEn: "Exports do not say which dossiers carry a fee, so the denominator is every dossier received; the 50% threshold is this project's choice."
  },
  {
    id: "digitised", group: "so_hoa", nameVi: "Số hóa hồ sơ", nameEn: "Digitised dossiers", maxPoints: 11, threshold: 1,
    numeratorVi: "hồ sơ được số hóa khi tiếp nhận", numeratorEn: "dossiers digitised at receipt",
    denominatorVi: "hồ sơ tiếp nhận", denominatorEn: "dossiers received", needs: ["digitised"],
    sourceVi: QD, maxPointsBasis: "chosen", thresholdBasis: "chosen",
    noteVi: "Nhóm số hóa (22 điểm) chia đều cho số hóa hồ sơ và kết quả điện tử; ngưỡng 100%: lựa chọn của dự án.",
    noteEn: "The digitisation group (22 points) is split evenly between digitised dossiers and electronic results; 100% threshold: this project's choice."
  },
  {
    id: "e_result", group: "so_hoa", nameVi: "Cấp kết quả điện tử", nameEn: "Electronic results issued", maxPoints: 11, threshold: 1,
    numeratorVi: "hồ sơ có kết quả điện tử", numeratorEn: "dossiers with an electronic result",
    denominatorVi: "hồ sơ đã giải quyết", denominatorEn: "dossiers resolved", needs: ["eResult"],
    sourceVi: QD, maxPointsBasis: "chosen", thresholdBasis: "chosen",
    noteVi: "Như số hóa hồ sơ: lựa chọn của dự án.",
    noteEn: "As for digitised dossiers: this project's choice."
  }
];
