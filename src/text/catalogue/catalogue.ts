import type {Lang} from "../../format/lang.ts";
import {en} from "./en.ts";
import {vi} from "./vi.ts";

/** The shape of a language's catalogue: Vietnamese defines it, every other language follows it. */
export type Catalogue = typeof vi;

/** The words of the site in one language, looked up by section and key: `catalogue(lang).index.title`. */
export function catalogue(lang: Lang): Catalogue {
  return lang === "en" ? en : vi;
}
