import type {Qd766ColumnKey} from "./qd766Layout.ts";

/**
 * How published QĐ 766 score tables head their columns, folded (no diacritics, lowercase),
 * tried in order: a header is the first entry it equals ("whole") or contains ("contains").
 * Order matters: "Thanh toán trực tuyến" and "Cung cấp dịch vụ trực tuyến" come before the
 * looser "trực tuyến". Kept as data: /guide/add-source lists it.
 */
export const QD766_HEADER_SYNONYMS: readonly {readonly key: Qd766ColumnKey | null; readonly match: "whole" | "contains"; readonly phrases: readonly string[]}[] = [
  {key: "index", match: "whole", phrases: ["stt", "tt", "#", "so tt"]},
  {key: "rank", match: "contains", phrases: ["xep hang", "thu hang", "thu tu xep hang", "rank"]},
  {key: "rank", match: "whole", phrases: ["hang"]},
  {key: "classification", match: "contains", phrases: ["xep loai", "phan loai", "muc xep loai", "classification"]},
  {key: "period", match: "whole", phrases: ["ky", "ky danh gia", "ky bao cao", "thoi gian", "thoi gian danh gia", "thang", "quy", "nam", "period"]},
  {key: "thanh_toan", match: "contains", phrases: ["thanh toan", "payment"]},
  {key: "truc_tuyen", match: "contains", phrases: ["cung cap dich vu", "cung cap dvc", "online services"]},
  {key: "dvc_truc_tuyen", match: "contains", phrases: ["dich vu cong truc tuyen", "dvc truc tuyen", "dvctt", "truc tuyen", "online public service"]},
  {key: "cong_khai", match: "contains", phrases: ["cong khai", "minh bach", "transparency"]},
  {key: "tien_do", match: "contains", phrases: ["tien do", "ket qua giai quyet", "progress"]},
  {key: "so_hoa", match: "contains", phrases: ["so hoa", "digiti"]},
  {key: "hai_long", match: "contains", phrases: ["hai long", "satisfaction"]},
  {key: "total", match: "contains", phrases: ["tong diem", "diem tong", "tong so diem", "chi so phuc vu", "tong chi so", "total"]},
  {key: "total", match: "whole", phrases: ["tong", "tong cong", "diem", "chi so", "ket qua"]},
  {key: "unit", match: "contains", phrases: ["don vi", "co quan", "dia phuong", "xa, phuong", "xa phuong", "unit"]}
];
