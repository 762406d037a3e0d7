import {foldVietnamese} from "../text/foldVietnamese.ts";
import {DDCI_HEADER_SYNONYMS} from "./ddciHeaderSynonyms.ts";
import type {DdciColumnKey} from "./ddciLayout.ts";

/**
 * Which DDCI table column a header names, with or without diacritics, by meaning rather than
 * position: the first entry of DDCI_HEADER_SYNONYMS it equals or contains. The group header
 * above the components ("Điểm chỉ số thành phần … (Thang điểm 10)") and a rank column
 * ("Xếp hạng") name none.
 */
export function identifyDdciColumn(header: string): DdciColumnKey | null {
  const h = foldVietnamese(header);
  if (h === "") return null;
  const entry = DDCI_HEADER_SYNONYMS.find((s) => s.phrases.some((p) => (s.match === "whole" ? h === p : h.includes(p))));
  return entry?.key ?? null;
}
