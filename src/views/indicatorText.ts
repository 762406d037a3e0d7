import type {Lang} from "../format/lang.ts";

/**
 * An indicator catalogue entry's name and definition in the page's language (the catalogue of
 * indicators in reference.json carries both), so a page or chart never chooses words inline.
 * English falls back to Vietnamese where an entry has no English text.
 */
export function indicatorText(
  indicator: {readonly nameVi: string; readonly nameEn?: string | null; readonly definitionVi?: string | null; readonly definitionEn?: string | null},
  lang: Lang
): {name: string; definition: string} {
  const english = lang === "en";
  return {
    name: (english ? indicator.nameEn : null) || indicator.nameVi,
    definition: (english ? indicator.definitionEn : null) || indicator.definitionVi || ""
  };
}
