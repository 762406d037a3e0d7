import type {Lang} from "./lang.ts";

/** Words for a figure the publisher did not publish (chưa công bố): not missing data, and never 0. */
export function notPublishedLabel(lang: Lang = "vi"): string {
  return lang === "en" ? "not published" : "chưa công bố";
}
