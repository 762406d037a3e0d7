import type {Lang} from "./lang.ts";

/** Words for a missing value (không có số liệu), so missing is never shown as 0. */
export function missingLabel(lang: Lang = "vi"): string {
  return lang === "en" ? "no data" : "không có số liệu";
}
