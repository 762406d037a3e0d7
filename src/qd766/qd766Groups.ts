/** The five component groups of the QĐ 766 service index (nhóm chỉ số thành phần). */
export type Qd766GroupId = "cong_khai" | "tien_do" | "so_hoa" | "truc_tuyen" | "hai_long";

export interface Qd766Group {
  readonly id: Qd766GroupId;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly maxPoints: number;
}

/**
 * Maximum points per group, 100 in all: Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng
 * Chính phủ, Phụ lục (as summarised by Sở Nội vụ Nam Định, sonoivu.namdinh.gov.vn, 2022).
 * The national portal shows the fourth group as "dịch vụ công trực tuyến" 12 + "thanh toán
 * trực tuyến" 10 (QD766_PORTAL_PARTS).
 */
export const QD766_GROUPS: readonly Qd766Group[] = [
  {id: "cong_khai", nameVi: "Công khai, minh bạch", nameEn: "Publicity and transparency", maxPoints: 18},
  {id: "tien_do", nameVi: "Tiến độ, kết quả giải quyết", nameEn: "Progress and results of resolution", maxPoints: 20},
  {id: "so_hoa", nameVi: "Số hóa hồ sơ", nameEn: "Digitisation of dossiers", maxPoints: 22},
  {id: "truc_tuyen", nameVi: "Cung cấp dịch vụ trực tuyến", nameEn: "Online service provision", maxPoints: 22},
  {id: "hai_long", nameVi: "Mức độ hài lòng", nameEn: "Satisfaction", maxPoints: 18}
];

/** The portal's split of the online group, in the order it shows them (issue #14). */
export const QD766_PORTAL_PARTS: readonly {readonly id: "dvc_truc_tuyen" | "thanh_toan"; readonly nameVi: string; readonly nameEn: string; readonly maxPoints: number}[] = [
  {id: "dvc_truc_tuyen", nameVi: "Dịch vụ công trực tuyến", nameEn: "Online public services", maxPoints: 12},
  {id: "thanh_toan", nameVi: "Thanh toán trực tuyến", nameEn: "Online payment", maxPoints: 10}
];
