import {foldVietnamese} from "../text/foldVietnamese.ts";
import {PCI_HEADER_SYNONYMS, PCI_IGNORED_PHRASES, PCI_ORDINAL_HEADERS, PCI_PROVINCE_HEADERS} from "./pciHeaderSynonyms.ts";

/** What a column of a PCI table holds, judged from its header. */
export type PciColumnKind =
  | {readonly kind: "province"}
  | {readonly kind: "ordinal"}
  | {readonly kind: "ignored"}
  | {readonly kind: "indicator"; readonly indicator: string}
  | {readonly kind: "ambiguous"; readonly indicators: readonly string[]};

const PROVINCE = new Set(PCI_PROVINCE_HEADERS);
const ORDINAL = new Set(PCI_ORDINAL_HEADERS);
const SUB_INDICES = PCI_HEADER_SYNONYMS.filter((s) => s.indicator !== "pci_rank" && s.indicator !== "pci_total");
const phrasesOf = (id: string): readonly string[] => PCI_HEADER_SYNONYMS.find((s) => s.indicator === id)!.phrases;
const RANK = phrasesOf("pci_rank");
const TOTAL = phrasesOf("pci_total");

/** Whether `text` (folded, single spaces) holds one of `phrases` as whole words. */
const hasPhrase = (text: string, phrases: readonly string[]): boolean => phrases.some((p) => ` ${text} `.includes(` ${p} `));

/**
 * Classifies a column of a PCI summary table by its header cells (one per header row, top to
 * bottom; blanks allowed), with or without diacritics, by the phrases of PCI_HEADER_SYNONYMS:
 * the province column, the row number, the ten sub-indices, the rank (checked before the
 * sub-indices and the total: "Thứ hạng PCI 2009"), the total (any other "PCI" header), and
 * columns ignored on purpose. Null when the header says nothing PCI-related.
 */
export function identifyPciColumn(headerCells: readonly string[]): PciColumnKind | null {
  const cells = headerCells.map((c) => foldVietnamese(c).replace(/[^\p{L}\p{N}.#]+/gu, " ").trim()).filter((c) => c !== "");
  if (cells.length === 0) return null;
  if (cells.some((c) => PROVINCE.has(c))) return {kind: "province"};
  if (cells.every((c) => ORDINAL.has(c))) return {kind: "ordinal"};
  const text = cells.join(" ").replace(/\./g, " ").replace(/ +/g, " ").trim();
  if (hasPhrase(text, PCI_IGNORED_PHRASES)) return {kind: "ignored"};
  if (hasPhrase(text, RANK)) return {kind: "indicator", indicator: "pci_rank"};
  const matches = SUB_INDICES.filter((s) => hasPhrase(text, s.phrases)).map((s) => s.indicator);
  if (matches.length === 1) return {kind: "indicator", indicator: matches[0]!};
  if (matches.length > 1) return {kind: "ambiguous", indicators: matches};
  if (hasPhrase(text, TOTAL)) return {kind: "indicator", indicator: "pci_total"};
  return null;
}
