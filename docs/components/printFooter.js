/**
 * The footer printed at the bottom of a page (chân trang khi in): sources, data date, a
 * sample-data warning, the date printed and the page's address. Hidden on screen (class
 * `print-footer`, see style.css), shown only in print.
 *
 *   ${printFooter({sources: ["Báo cáo kết quả giải quyết TTHC hằng tháng của các xã"], dataThrough: meta.dataThrough, sample: meta.sample})}
 */
import {formatPeriod} from "../lib/cchc.js";

/**
 * printFooter({sources, dataThrough, sample, lang = "vi"}) → <footer class="print-footer">.
 * `sources` are strings or objects with a title, name or file; `dataThrough` a period id
 * ("2026-10") or null. The print date is taken when the page is printed.
 */
export function printFooter({sources = [], dataThrough = null, sample = false, lang = "vi"} = {}) {
  const vi = lang !== "en";
  const footer = document.createElement("footer");
  footer.className = "print-footer";
  const line = (text, className) => {
    const p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    footer.append(p);
    return p;
  };
  if (sample) {
    line(vi ? "DỮ LIỆU MẪU — số liệu sinh tự động để minh hoạ, không phải số liệu thật." : "SAMPLE DATA — generated for illustration, not real figures.", "print-footer-sample");
  }
  const names = sources.map((s) => (typeof s === "string" ? s : s?.title ?? s?.name ?? s?.file ?? "")).filter(Boolean);
  if (names.length) line(`${vi ? "Nguồn" : "Sources"}: ${names.join("; ")}.`);
  line(`${vi ? "Số liệu đến" : "Data through"}: ${dataThrough ? periodText(dataThrough, lang) : "–"}.`);
  const printed = line("");
  const stamp = () => {
    const now = new Date();
    const date = vi
      ? `${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`
      : now.toISOString().slice(0, 10);
    const where = globalThis.location?.href ?? "";
    printed.textContent = `${vi ? "In ngày" : "Printed"} ${date}${where ? ` — ${where}` : ""}`;
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
