import {foldVietnamese} from "../text/foldVietnamese.ts";
import {QD766_HEADER_SYNONYMS} from "./qd766HeaderSynonyms.ts";
import type {Qd766ColumnKey} from "./qd766Layout.ts";

/** Which QĐ 766 table column a header names, by meaning (QD766_HEADER_SYNONYMS), or null. */
export function identifyQd766Column(header: string): Qd766ColumnKey | null {
  const h = foldVietnamese(header).replace(/\s*\(.*\)\s*$/, "").trim(); // "(tối đa 18 điểm)"
  if (h === "") return null;
  const entry = QD766_HEADER_SYNONYMS.find((s) => s.phrases.some((p) => (s.match === "whole" ? h === p : h.includes(p))));
  return entry?.key ?? null;
}
