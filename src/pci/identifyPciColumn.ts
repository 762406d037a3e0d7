import {foldVietnamese} from "../text/foldVietnamese.ts";

/** What a column of a PCI table holds, judged from its header. */
export type PciColumnKind =
  | {readonly kind: "province"}
  | {readonly kind: "ordinal"}
  | {readonly kind: "ignored"}
  | {readonly kind: "indicator"; readonly indicator: string}
  | {readonly kind: "ambiguous"; readonly indicators: readonly string[]};

// Header words, folded (no diacritics, lowercase), in Vietnamese and English as VCCI's workbooks
// have written them from 2006 on (e.g. 2006 "Chính sách phát triển khu vực kinh tế tư nhân",
// 2008 "Chỉ số 8: ... KTTN", 2012 "Hỗ trợ doanh nghiệp", 2013 "Business support services").
const SUB_INDICES: readonly (readonly [string, RegExp])[] = [
  ["pci_entry", /gia nhap thi truong|\bentry\b/],
  ["pci_land", /tiep can dat dai|\bland\b/],
  ["pci_transparency", /minh bach|transparen/],
  ["pci_time", /chi phi (ve )?thoi gian|time costs?\b|regulatory compliance/],
  ["pci_informal", /khong chinh thuc|informal/],
  ["pci_bias", /canh tranh binh dang|uu dai (doi voi )?(dnnn|doanh nghiep nha nuoc)|\bbias\b|equal competition/],
  ["pci_proactive", /nang dong|proactiv/],
  ["pci_support", /ho tro doanh nghiep|phat trien khu vuc (kinh te tu nhan|kttn)|business support|private sector development/],
  ["pci_labor", /dao tao lao dong|\blabou?r\b/],
  ["pci_legal", /thiet che phap ly|\blegal\b/]
];
const PROVINCE = new Set(["tinh", "tinh thanh pho", "tinh thanh", "ten tinh", "dia phuong", "province", "provinces"]);
const ORDINAL = new Set(["stt", "tt", "thu tu", "no", "no.", "#"]);
// Rank tiers ("Nhóm xếp hạng", "PCI tier"), province codes ("Mã PCI", "pci_id") and the
// unweighted total are not indicators here.
const NOT_AN_INDICATOR = /nhom xep hang|\btier\b|\bma pci\b|\bpci id\b/;
const RANK = /xep hang|\branking\b|\brank\b/;
const UNWEIGHTED = /chua (co )?trong so|unweighted/;
const TOTAL = /\bpci\b/;

/**
 * Classifies a column of a PCI summary table by its header cells (one per header row, top to
 * bottom; blanks allowed), with or without diacritics: the province column, the row number, the
 * ten sub-indices, the total (any "PCI" header that is not a sub-index, a rank or the unweighted
 * total) and the rank. Null when the header says nothing PCI-related.
 */
export function identifyPciColumn(headerCells: readonly string[]): PciColumnKind | null {
  const cells = headerCells.map((c) => foldVietnamese(c).replace(/[^\p{L}\p{N}.#]+/gu, " ").trim()).filter((c) => c !== "");
  if (cells.length === 0) return null;
  if (cells.some((c) => PROVINCE.has(c))) return {kind: "province"};
  if (cells.every((c) => ORDINAL.has(c))) return {kind: "ordinal"};
  const text = cells.join(" ");
  if (NOT_AN_INDICATOR.test(text)) return {kind: "ignored"};
  if (RANK.test(text)) return {kind: "indicator", indicator: "pci_rank"};
  const matches = SUB_INDICES.filter(([, pattern]) => pattern.test(text)).map(([id]) => id);
  if (matches.length === 1) return {kind: "indicator", indicator: matches[0]!};
  if (matches.length > 1) return {kind: "ambiguous", indicators: matches};
  if (UNWEIGHTED.test(text)) return {kind: "ignored"};
  if (TOTAL.test(text)) return {kind: "indicator", indicator: "pci_total"};
  return null;
}
