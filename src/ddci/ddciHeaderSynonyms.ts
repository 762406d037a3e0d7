import type {DdciColumnKey} from "./ddciLayout.ts";

/**
 * How DDCI tables head their columns, as folded phrases (foldVietnamese: no diacritics,
 * lowercase), tried in this order: a header is the first entry it equals ("whole") or contains
 * ("contains"). `null` marks headers read past on purpose: the rank (computed here from the
 * totals) and the group header over the components. Kept as data: /guide/add-source lists it.
 */
export const DDCI_HEADER_SYNONYMS: readonly {readonly key: DdciColumnKey | null; readonly match: "whole" | "contains"; readonly phrases: readonly string[]}[] = [
  {key: "index", match: "whole", phrases: ["stt", "tt", "#", "so tt"]},
  {key: "year", match: "whole", phrases: ["nam", "year", "nam danh gia", "nam khao sat"]},
  {key: "classification", match: "contains", phrases: ["xep loai", "phan loai", "muc xep"]},
  {key: null, match: "contains", phrases: ["xep hang", "thu hang"]},
  {key: "responses", match: "contains", phrases: ["so phieu", "phieu tra loi", "phieu khao sat", "luot danh gia"]},
  {key: "ddci_transparency", match: "contains", phrases: ["minh bach"]},
  {key: "ddci_informal", match: "contains", phrases: ["khong chinh thuc"]},
  {key: "ddci_time", match: "contains", phrases: ["chi phi thoi gian", "thoi gian"]},
  {key: "ddci_leadership", match: "contains", phrases: ["nguoi dung dau"]},
  {key: "ddci_support", match: "contains", phrases: ["ho tro"]},
  {key: "ddci_legal", match: "contains", phrases: ["thiet che", "phap ly", "an ninh trat tu"]},
  {key: "ddci_equal", match: "contains", phrases: ["binh dang"]},
  {key: "ddci_land", match: "contains", phrases: ["dat dai"]},
  {key: "ddci_proactive", match: "contains", phrases: ["nang dong"]},
  {key: null, match: "contains", phrases: ["thanh phan"]},
  {key: "total", match: "contains", phrases: ["diem tong", "tong diem", "thang diem 100", "diem ddci", "chi so ddci"]},
  {key: "total", match: "whole", phrases: ["ddci", "tong"]},
  {key: "unit", match: "contains", phrases: ["don vi", "so ban nganh", "so, ban, nganh", "dia phuong", "co quan"]}
];
