import {foldVietnamese} from "../text/foldVietnamese.ts";

const YES = new Set(["co", "x", "yes", "1", "true", "da so hoa", "da cap", "co ket qua dien tu", "dien tu"]);
// blank is "không", as the export leaves "Thanh toán trực tuyến" blank for "không"
const NO = new Set(["", "khong", "no", "0", "false", "chua", "chua so hoa", "chua cap", "giay"]);

/** A yes/no cell of a dossier export (Số hóa hồ sơ, Kết quả điện tử); undefined for a value it does not know. */
export function classifyYesNo(raw: string | null): boolean | undefined {
  const f = foldVietnamese(raw ?? "");
  return YES.has(f) ? true : NO.has(f) ? false : undefined;
}

export const YES_NO_EXPECTED = '"Có" or "Không" (also "x", "Đã số hóa", "Chưa"; blank means không)';
