/**
 * The footer printed at the bottom of a page (chân trang khi in): sources, data date, a
 * sample-data warning, the date printed and the page's address. Hidden on screen (class
 * `print-footer`, see style.css), shown only in print.
 *
 *   ${printFooter({sources: ["Báo cáo kết quả giải quyết TTHC hằng tháng của các xã"], dataThrough: meta.dataThrough, sample: meta.sample})}
 */
import {catalogue, formatDate, formatPeriod} from "../lib/cchc.js";

/**
 * printFooter({sources, dataThrough, sample, lang = "vi"}) → <footer class="print-footer">.
 * `sources` are strings or objects with a title, name or file; `dataThrough` a period id
 * ("2026-10") or null. The print date is taken when the page is printed.
 */
export function printFooter({sources = [], dataThrough = null, sample = false, lang = "vi"} = {}) {
  const {common, components} = catalogue(lang);
  const footer = document.createElement("footer");
  footer.className = "print-footer";
  footer.lang = lang;
  const line = (text, className) => {
    const p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    footer.append(p);
    return p;
  };
  if (sample) line(common.sampleWarning, "print-footer-sample");
  const names = sources.map((s) => (typeof s === "string" ? s : s?.title ?? s?.name ?? s?.file ?? "")).filter(Boolean);
  if (names.length) line(`${common.sources}: ${names.join("; ")}.`);
  line(`${common.dataThroughLabel}: ${dataThrough ? periodText(dataThrough, lang) : "–"}.`);
  const printed = line("");
  const stamp = () => {
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    const where = globalThis.location?.href ?? "";
    printed.textContent = `${components.printedOn(formatDate(day, lang))}${where ? ` — ${where}` : ""}`;
  };
  stamp();
  // Refresh the date and the address (the view may have changed) when the page is printed.
  // A footer no longer on the page (its cell re-ran) stops listening.
  const onBeforePrint = () => {
    if (footer.isConnected) stamp();
    else globalThis.removeEventListener("beforeprint", onBeforePrint);
  };
  globalThis.addEventListener?.("beforeprint", onBeforePrint);
  return footer;
}

function periodText(period, lang) {
  try {
    return formatPeriod(period, lang);
  } catch {
    return period;
  }
}
