import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {DdciColumnKey} from "./ddciLayout.ts";

const has = (text: string, ...words: string[]): boolean => words.some((w) => text.includes(w));

/**
 * Which DDCI table column a header names, with or without diacritics, by meaning rather than
 * position. The group header above the components ("Điểm chỉ số thành phần … (Thang điểm 10)")
 * and a rank column ("Xếp hạng") name none.
 */
export function identifyDdciColumn(header: string): DdciColumnKey | null {
  const h = foldVietnamese(header);
  if (h === "") return null;
  if (h === "stt" || h === "tt" || h === "#" || h === "so tt") return "index";
  if (h === "nam" || h === "year" || h === "nam danh gia" || h === "nam khao sat") return "year";
  if (has(h, "xep loai", "phan loai", "muc xep")) return "classification";
  if (has(h, "xep hang", "thu hang")) return null;
  if (has(h, "so phieu", "phieu tra loi", "phieu khao sat", "luot danh gia")) return "responses";
  if (has(h, "minh bach")) return "ddci_transparency";
  if (has(h, "khong chinh thuc")) return "ddci_informal";
  if (has(h, "chi phi thoi gian", "thoi gian")) return "ddci_time";
  if (has(h, "nguoi dung dau")) return "ddci_leadership";
  if (has(h, "ho tro")) return "ddci_support";
  if (has(h, "thiet che", "phap ly", "an ninh trat tu")) return "ddci_legal";
  if (has(h, "binh dang")) return "ddci_equal";
  if (has(h, "dat dai")) return "ddci_land";
  if (has(h, "nang dong")) return "ddci_proactive";
  if (has(h, "thanh phan")) return null;
  if (has(h, "diem tong", "tong diem", "thang diem 100", "diem ddci", "chi so ddci") || h === "ddci" || h === "tong") return "total";
  if (has(h, "don vi", "so ban nganh", "so, ban, nganh", "dia phuong", "co quan")) return "unit";
  return null;
}
