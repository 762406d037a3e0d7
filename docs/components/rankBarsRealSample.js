/**
 * Ranked horizontal bars (biểu đồ xếp hạng): one bar per unit, best at the top, one unit
 * highlighted, and — where real and sample figures are mixed — each bar styled by what it is:
 * a solid bar for a real figure (số liệu thật), a pale bar with a dashed outline for a sample
 * one (dữ liệu mẫu), with a legend saying so.
 *
 *   ${resize((width) => rankBarsRealSample(rows, {width, highlight: ref.area.district, unitName}))}
 *
 * `rows`: [{unitId, value, sample, rank}] — rows without a value are left out (say so on the
 * page), never drawn as 0-length bars.
 */
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {formatNumber} from "../lib/cchc.js";

const HIGHLIGHT = "#1f5fa8";
const OTHER = "#8f9aa6";
const TEXT = {
  vi: {real: "Số liệu thật (nền đặc)", sample: "Dữ liệu mẫu (nền nhạt, viền đứt)", highlight: "Đơn vị đang xem", realWord: "số liệu thật", sampleWord: "dữ liệu mẫu", rank: "Hạng"},
  en: {real: "Real figure (solid)", sample: "Sample data (pale, dashed outline)", highlight: "Selected unit", realWord: "real figure", sampleWord: "sample data", rank: "Rank"}
};

/**
 * rankBarsRealSample(rows, {width, highlight, unitName, domain = [0, 100], digits = 2, lang}) → a
 * <figure> holding a legend (swatches) and the chart.
 */
export function rankBarsRealSample(rows, {width, highlight, unitName = String, domain = [0, 100], digits = 2, lang = "vi"}) {
  const text = TEXT[lang] ?? TEXT.vi;
  const data = rows
    .filter((d) => d.value !== null && d.value !== undefined)
    .map((d) => ({...d, name: unitName(d.unitId), focus: d.unitId === highlight}))
    .sort((a, b) => b.value - a.value || (a.rank ?? 0) - (b.rank ?? 0));
  const label = (d) => `${d.focus ? "► " : ""}${d.name}`;
  const marginLeft = Math.round(Math.min(Math.max(110, width * 0.42), 250));
  const format = (v) => formatNumber(v, {digits, lang});
  const title = (d) => `${d.name}\n${text.rank} ${d.rank ?? "–"}: ${format(d.value)}\n${d.sample ? text.sampleWord : text.realWord}`;
  const fill = (d) => (d.focus ? HIGHLIGHT : OTHER);
  const real = data.filter((d) => !d.sample);
  const sample = data.filter((d) => d.sample);
  const chart = Plot.plot({
    width,
    height: data.length * 24 + 40,
    marginLeft,
    marginRight: 52,
    x: {domain, grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang})},
    y: {domain: data.map(label), label: null, tickSize: 0},
    marks: [
      // lineWidth is in ems of the 11 px font; the full name is in each bar's tooltip and in the table.
      Plot.axisY({tickSize: 0, lineWidth: (marginLeft - 10) / 11, textOverflow: "ellipsis", fontSize: 11}),
      Plot.barX(real, {x: "value", y: label, fill, stroke: fill, title, insetTop: 2, insetBottom: 2}),
      Plot.barX(sample, {x: "value", y: label, fill, fillOpacity: 0.3, stroke: fill, strokeDasharray: "4,2", strokeWidth: 1.25, title, insetTop: 2, insetBottom: 2}),
      // fontWeight is a constant in Plot: the highlighted unit's value is a mark of its own.
      Plot.text(data.filter((d) => !d.focus), {x: "value", y: label, text: (d) => format(d.value), dx: 4, textAnchor: "start", fontSize: 11}),
      Plot.text(data.filter((d) => d.focus), {x: "value", y: label, text: (d) => format(d.value), dx: 4, textAnchor: "start", fontSize: 11, fontWeight: 700}),
      Plot.ruleX([domain[0]])
    ]
  });
  const swatch = (fillColor, opacity, dash) =>
    html`<svg width="16" height="12" aria-hidden="true"><rect x="1" y="1" width="14" height="10" fill="${fillColor}" fill-opacity="${opacity}" stroke="${fillColor}" stroke-dasharray="${dash}"></rect></svg>`;
  const item = (svg, words) => html`<span class="rank-bars-rs-swatch" style="display:inline-flex;align-items:center;gap:0.3em;margin-right:1em">${svg}${words}</span>`;
  const hasReal = real.length > 0;
  const hasSample = sample.length > 0;
  return html`<figure style="max-width:none;margin:0">
    <div class="rank-bars-rs-legend" style="font:12px/1.6 var(--sans-serif);margin-bottom:0.25rem">${[
      highlight !== undefined && data.some((d) => d.focus) ? item(swatch(HIGHLIGHT, 1, "none"), text.highlight) : null,
      hasReal && hasSample ? item(swatch(OTHER, 1, "none"), text.real) : null,
      hasSample ? item(swatch(OTHER, 0.3, "4,2"), text.sample) : null
    ]}</div>
    ${chart}
  </figure>`;
}
