import type {Lang} from "../format/lang.ts";

/**
 * A bilingual field of a data record in the reader's language: `inLanguage(meta, "title", lang)`
 * reads `titleVi` or `titleEn` (data carries both; the catalogue holds only the site's own words).
 * Falls back to the Vietnamese field when the English one is missing or empty.
 */
export function inLanguage(record: object, field: string, lang: Lang): string {
  const fields = record as Readonly<Record<string, unknown>>;
  const vi = fields[`${field}Vi`];
  const en = fields[`${field}En`];
  const pick = lang === "en" && typeof en === "string" && en !== "" ? en : vi;
  return typeof pick === "string" ? pick : "";
}
