/**
 * A sparkline (biểu đồ nhỏ): one small line, no axes, for a table cell or a card.
 *
 *   ${sparkline(series, {width: 120, label: `${indicator.nameVi}, ${unitName(id)}`, format: (v) => formatPercent(v)})}
 *
 * `rows` are observations ({period, value}) or any objects named by `x` and `y`. A missing
 * value (null) breaks the line — it is never drawn as 0 — and a value alone between gaps shows
 * as a dot. The last value is marked. Screen readers get an aria-label with the first and last
 * values and how many periods are missing.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatNumber, formatPeriod, missingLabel} from "../lib/cchc.js";

/**
 * sparkline(rows, {width = 120, height = 28, x = "period", y = "value", label, format, domain,
 * stroke = "currentColor", lang = "vi"}) → an SVG (role img), or a "–" span when every value
 * is missing. `format(value)` writes values in the aria-label (default formatNumber);
 * `domain` fixes the y range (e.g. [0, 1] for shares); otherwise it is the data's range.
 */
export function sparkline(rows, {width = 120, height = 28, x = "period", y = "value", label = "", format, domain, stroke = "currentColor", lang = "vi"} = {}) {
  const show = format ?? ((v) => formatNumber(v, {lang}));
  const data = rows
    .map((d) => ({key: d[x], date: toDate(d[x]), value: finiteOrNull(d[y])}))
    .filter((d) => d.date !== null)
    .sort((a, b) => a.date - b.date);
  const present = data.filter((d) => d.value !== null);
  if (present.length === 0) {
    const span = document.createElement("span");
    span.className = "sparkline-empty";
    span.textContent = "–";
    span.setAttribute("role", "img");
    span.setAttribute("aria-label", `${label ? `${label}: ` : ""}${missingLabel(lang)}`);
    return span;
  }
  const first = present[0];
  const last = present[present.length - 1];
  const gaps = data.filter((d) => d.value === null).length;
  const when = (d) => (typeof d.key === "string" ? safePeriod(d.key, lang) : d.date.toISOString().slice(0, 10));
  const description = (label ? `${label}: ` : "") + catalogue(lang).status.sparkline(show(first.value), when(first), show(last.value), when(last), gaps ? String(gaps) : "");
  const alone = data.filter((d, i) => d !== last && d.value !== null && data[i - 1]?.value == null && data[i + 1]?.value == null);
  const svg = Plot.plot({
    width,
    height,
    margin: 3,
    axis: null,
    x: {type: "utc"},
    y: domain ? {domain} : {},
    marks: [
      Plot.lineY(data, {x: "date", y: "value", stroke, strokeWidth: 1.5}),
      Plot.dot(alone, {x: "date", y: "value", r: 1.5, fill: stroke}),
      Plot.dot([last], {x: "date", y: "value", r: 2, fill: stroke})
    ],
    ariaLabel: description
  });
  svg.setAttribute("role", "img");
  svg.classList.add("sparkline");
  return svg;
}

function finiteOrNull(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** "2024-10", "2024-Q3", "2024-H2", "2024", a Date or a timestamp → the period's first day (UTC). */
function toDate(key) {
  if (key instanceof Date) return Number.isNaN(key.getTime()) ? null : key;
  if (typeof key === "number") return Number.isFinite(key) ? new Date(key) : null;
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(String(key));
  if (m === null) return null;
  const month = m[2] ? Number(m[2]) - 1 : m[3] ? (Number(m[3]) - 1) * 3 : m[4] ? (Number(m[4]) - 1) * 6 : 0;
  return new Date(Date.UTC(Number(m[1]), month, 1));
}

function safePeriod(key, lang) {
  try {
    return formatPeriod(key, lang);
  } catch {
    return key;
  }
}
