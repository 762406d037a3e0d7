/**
 * Ranked horizontal bars (biểu đồ xếp hạng): one bar per unit, best at the top, one unit
 * highlighted, and — where real and sample figures are mixed — each bar styled by what it is:
 * a solid bar for a real figure (số liệu thật), a pale bar with a dashed outline for a sample
 * one (dữ liệu mẫu), with a legend saying so. Each unit's name is written above its bar across
 * the whole width, so long names ("Sở Lao động - Thương binh và Xã hội") are never clipped.
 *
 *   ${resize((width) => rankBarsRealSample(rows, {width, highlight: ref.area.district, unitName}))}
 *
 * `rows`: [{unitId, value, sample, rank}] — rows without a value are left out (say so on the
 * page), never drawn as 0-length bars. Bars start at 0: their length is the score.
 */
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {catalogue, formatNumber} from "../lib/cchc.js";

const HIGHLIGHT = "#1f5fa8";
const OTHER = "#8f9aa6";
const FONT = 12;

/**
 * rankBarsRealSample(rows, {width, highlight, unitName, domain = [0, 100], digits = 2, lang}) → a
 * <figure> holding a legend (swatches) and the chart.
 */
export function rankBarsRealSample(rows, {width, highlight, unitName = String, domain = [0, 100], digits = 2, lang = "vi"}) {
  const text = catalogue(lang).pci.chart;
  const data = rows
    .filter((d) => d.value !== null && d.value !== undefined)
    .map((d) => ({...d, name: unitName(d.unitId), focus: d.unitId === highlight}))
    .sort((a, b) => b.value - a.value || (a.rank ?? 0) - (b.rank ?? 0));
  const label = (d) => `${d.rank ?? "–"}. ${d.focus ? "► " : ""}${d.name}`;
  const format = (v) => formatNumber(v, {digits, lang});
  const title = (d) => `${d.name}\n${text.rank} ${d.rank ?? "–"}: ${format(d.value)}\n${d.sample ? text.sampleFigure : text.realFigure}`;
  const fill = (d) => (d.focus ? HIGHLIGHT : OTHER);
  const real = data.filter((d) => !d.sample);
  const sample = data.filter((d) => d.sample);
  const marginLeft = 8;
  const marginRight = 48;
  // Names wrap at the chart's width; Plot's text measure runs short of real glyphs, so wrap a little early
  // and give every row room for as many lines as the longest name may need (never overlapping the bar above).
  const room = Math.max(60, width - marginLeft - 8);
  const lines = Math.max(1, ...data.map((d) => Math.ceil((label(d).length * FONT * 0.62) / (room * 0.8))));
  const labelHeight = lines * 15;
  const row = labelHeight + 24;
  // The bar sits in the lower part of its row, the name above it (dy moves from the row's middle).
  const bar = {x: "value", y: label, insetTop: labelHeight + 5, insetBottom: 3, title};
  const chart = Plot.plot({
    width,
    height: data.length * row + 40,
    marginLeft,
    marginRight,
    marginTop: 8,
    x: {domain, grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang})},
    y: {domain: data.map(label), label: null, axis: null, paddingInner: 0, paddingOuter: 0},
    marks: [
      Plot.barX(real, {...bar, fill, stroke: fill}),
      Plot.barX(sample, {...bar, fill, fillOpacity: 0.3, stroke: fill, strokeDasharray: "4,2", strokeWidth: 1.25}),
      // fontWeight is a constant in Plot: the highlighted unit's name and value are marks of their own.
      ...[false, true].map((focus) =>
        Plot.text(data.filter((d) => d.focus === focus), {
          y: label,
          text: label,
          frameAnchor: "left",
          dy: -row / 2 + 3,
          lineAnchor: "top",
          fontSize: FONT,
          fontWeight: focus ? 700 : 400,
          lineWidth: (room * 0.8) / FONT,
          fill: "currentColor"
        })
      ),
      ...[false, true].map((focus) =>
        Plot.text(data.filter((d) => d.focus === focus), {x: "value", y: label, text: (d) => format(d.value), dx: 4, dy: (labelHeight + 5 - 3) / 2, textAnchor: "start", fontSize: 11, fontWeight: focus ? 700 : 400})
      ),
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
      highlight !== undefined && data.some((d) => d.focus) ? item(swatch(HIGHLIGHT, 1, "none"), text.highlightLegend) : null,
      hasReal && hasSample ? item(swatch(OTHER, 1, "none"), text.realLegend) : null,
      hasSample ? item(swatch(OTHER, 0.3, "4,2"), text.sampleLegend) : null
    ]}</div>
    ${chart}
  </figure>`;
}
