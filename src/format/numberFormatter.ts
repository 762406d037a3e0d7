import {formatLocale, type FormatLocaleObject} from "d3-format";
import type {Lang} from "./lang.ts";

// d3-format rather than Intl: Node and browsers ship different ICU data, and the dashboard must
// print the same digits in the build and in every browser. Minus is the ASCII hyphen so numbers
// copied from the page paste into Excel as numbers.
const locales: Readonly<Record<Lang, FormatLocaleObject>> = {
  vi: formatLocale({decimal: ",", thousands: ".", grouping: [3], currency: ["", " ₫"], percent: "%", minus: "-"}),
  en: formatLocale({decimal: ".", thousands: ",", grouping: [3], currency: ["", " VND"], minus: "-"})
};

const cache = new Map<string, (n: number) => string>();

/** A cached d3-format formatter for `specifier` ("," + ".1%") in the language's number style. */
export function numberFormatter(specifier: string, lang: Lang): (n: number) => string {
  const key = `${lang} ${specifier}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = locales[lang].format(specifier);
    cache.set(key, format);
  }
  return format;
}
