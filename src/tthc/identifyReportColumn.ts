import {expandHeader} from "../headers/expandHeader.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {TthcCountField} from "./tthcCounts.ts";

export type ReportColumnKey = "index" | "unit" | TthcCountField;

const has = (text: string, ...words: string[]): boolean => words.some((w) => text.includes(w));
const postal = (text: string): boolean => has(text, "bcci", "buu chinh", "buu dien");

/**
 * Which report column a header names, from its group (merged, upper row) and sub-header
 * (lower row), with or without diacritics, in any Unicode form. Found by meaning, not by
 * position, so a sender who reorders or renames columns slightly still loads. Abbreviations
 * and English ("Số HS TN qua DVCTT", "Dossiers received / Online") are read through
 * HEADER_ABBREVIATIONS when the words as written name nothing.
 */
export function identifyReportColumn(group: string, sub: string): ReportColumnKey | null {
  const g = foldVietnamese(group);
  const s = foldVietnamese(sub);
  // a lone "TT" is the row number, but under a group ("Số HS TN / TT") it is "trực tuyến"
  const expandedSub = g !== "" && s === "tt" ? "truc tuyen" : expandHeader(s);
  return byWords(g, s) ?? byWords(expandHeader(g), expandedSub);
}

function byWords(g: string, s: string): ReportColumnKey | null {
  const both = `${g} ${s}`.trim();
  if (both === "stt" || both === "tt" || both === "so tt") return "index";
  if (has(both, "don vi", "ten xa", "xa, thi tran", "co quan")) return "unit";
  if (has(both, "thanh toan")) return "paidOnline";
  if (has(both, "tra ket qua") && postal(both)) return "returnedPostal";
  if (has(g, "giai quyet") || has(s, "dung han", "qua han", "tre han", "truoc han")) {
    if (has(s, "qua han", "tre han")) return "resolvedLate";
    if (has(s, "dung han", "truoc han")) return "resolvedOnTime";
    return null;
  }
  if (has(g, "tiep nhan") || has(s, "truc tuyen", "truc tiep", "toan trinh")) {
    if (has(s, "toan trinh")) return "receivedFullyOnline";
    if (postal(s)) return "receivedPostal";
    if (has(s, "truc tuyen")) return "receivedOnline";
    if (has(s, "truc tiep")) return "receivedInPerson";
    if (has(s, "tong")) return "receivedTotal";
    return null;
  }
  return null;
}
