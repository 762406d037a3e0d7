/**
 * Small multiples of sub-indices (chỉ số thành phần): one panel per indicator, all on the same
 * 0-10 scale, one line per unit, so the shape of each sub-index over the years can be compared
 * at a glance. Takes `yearSeries` points of several indicators:
 *
 *   ${resize((width) => subIndexPanels(points, {width, indicators, unitName, focusId,
 *     breaks: [{indicator: "pci_bias", year: 2013, label: "đổi cách đo"}]}))}
 *
 * A missing year breaks the line (never 0); a `break` draws a dashed rule in that panel where
 * the indicator was redefined, so a reader does not compare across it.
 */
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatPeriod, indicatorText, notPublishedLabel} from "../lib/cchc.js";
import {colorsFor, orderedNames} from "./yearChart.js";

/**
 * subIndexPanels(points, {width, indicators, unitName, focusId, breaks, domain = [0, 10], lang})
 * → a Plot figure. `indicators` are catalogue entries in panel order; `domain` is shared by all
 * panels (pass one that fits the data, from `fitDomain`).
 */
export function subIndexPanels(points, {width, indicators, unitName = String, focusId, breaks = [], domain = [0, 10], palette, lang = "vi"}) {
  const columns = width < 420 ? 1 : width < 700 ? 2 : width < 1000 ? 3 : 5;
  const rows = Math.ceil(indicators.length / columns);
  const place = new Map(indicators.map((d, i) => [d.id, {col: i % columns, row: Math.floor(i / columns)}]));
  const title = (d) => indicatorText(d, lang).name;
  const data = points
    .filter((d) => place.has(d.indicator))
    .map((d) => ({...d, year: Number(d.period), name: unitName(d.unitId), ...place.get(d.indicator)}));
  const present = data.filter((d) => d.value !== null);
  const unpublished = data.filter((d) => d.status === "not-published");
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const names = orderedNames(data, focusId);
  const colors = colorsFor(names, focusId, unitName, palette, data);
  const panels = indicators.map((d) => ({...place.get(d.id), text: title(d)}));
  const breakMarks = breaks.filter((b) => place.has(b.indicator)).map((b) => ({...b, ...place.get(b.indicator)}));
  const panelWidth = (width - 40) / columns;
  // Room above each panel for its title in as many lines as the longest may need (wrapped a little
  // early: Plot's text measure runs short of real glyphs), so no title runs into the panel above.
  const titleWidth = ((panelWidth - 8) * 0.78) / 11;
  const titleLines = Math.max(1, ...panels.map((p) => Math.ceil((p.text.length * 0.62) / titleWidth)));
  const gap = titleLines * 13 + 8;
  const step = 120 + gap;
  const first = years[0];
  const last = years[years.length - 1];
  const ticks = panelWidth < 150 ? [first, last] : [first, Math.round((first + last) / 2), last];

  return Plot.plot({
    width,
    height: rows * step - gap + gap + 28,
    marginLeft: 28,
    marginRight: 12,
    marginTop: gap,
    marginBottom: 28,
    fx: {axis: null, padding: 0.12},
    fy: {axis: null, paddingInner: gap / step, paddingOuter: 0},
    x: {type: "linear", domain: [first, last], ticks, tickFormat: (y) => String(y), label: null, inset: 4},
    y: {domain, ticks: 3, grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang})},
    color: {type: "ordinal", domain: names, range: colors, legend: names.length > 1},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      // Panel titles wrap (two lines at most on a phone) above their panel; Plot's text measure runs short, so wrap early.
      Plot.text(panels, {fx: "col", fy: "row", frameAnchor: "top-left", dy: -3, lineAnchor: "bottom", text: "text", fontWeight: 600, fontSize: 11, lineWidth: titleWidth}),
      Plot.ruleX(breakMarks, {fx: "col", fy: "row", x: "year", stroke: "#888", strokeDasharray: "4,3"}),
      Plot.text(breakMarks, {fx: "col", fy: "row", x: "year", frameAnchor: "bottom", dy: -4, dx: 3, textAnchor: "start", text: "label", fill: "#555", fontSize: 10}),
      Plot.ruleX(unpublished, {fx: "col", fy: "row", x: "year", stroke: "#bbb", strokeDasharray: "2,3", title: (d) => `${d.name}, ${formatPeriod(d.period, lang)}: ${notPublishedLabel(lang)}`}),
      Plot.line(data, {fx: "col", fy: "row", x: "year", y: "value", z: "unitId", stroke: "name", strokeWidth: (d) => (d.unitId === focusId ? 2 : 1.25), sort: {channel: "x"}}),
      Plot.dot(present, {fx: "col", fy: "row", x: "year", y: "value", fill: "name", r: 1.6}),
      Plot.tip(
        present,
        Plot.pointer({
          fx: "col",
          fy: "row",
          x: "year",
          y: "value",
          title: (d) => `${panels[indicators.findIndex((i) => i.id === d.indicator)].text}\n${d.name}, ${formatPeriod(d.period, lang)}: ${formatNumber(d.value, {digits: 2, lang})}`
        })
      )
    ]
  });
}
