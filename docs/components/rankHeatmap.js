/**
 * A unit's rank among its peers per indicator and period (thứ hạng theo quý), as a grid of
 * cells: one row per indicator, one column per period, the rank written in each cell and the
 * colour going from green (first) to red (last). A period without a rank is a grey "–",
 * never a colour. Reads in black and white too (the numbers carry the meaning).
 *
 *   ${resize((width) => rankHeatmap(ranks, {width, indicatorName: (id) => byId.get(id).nameVi}))}
 *
 * `ranks` are rows {indicator, period, rank, of, value}; `format(row)` writes the value in the tip.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatPeriod} from "../lib/cchc.js";

/**
 * rankHeatmap(ranks, {width, indicatorName, indicators, format, lang}) → a Plot figure. Row
 * labels wrap inside the left margin (never clipped); column labels are the year at its first
 * quarter, or the quarter itself when a column is wide enough, so they never run together.
 */
export function rankHeatmap(ranks, {width, indicatorName, indicators, format = () => "", lang = "vi"}) {
  const t = catalogue(lang).communes;
  const periods = [...new Set(ranks.map((d) => d.period))].sort();
  const rows = indicators ?? [...new Set(ranks.map((d) => d.indicator))];
  const names = rows.map((id) => indicatorName(id));
  const data = ranks.map((d) => ({
    ...d,
    name: indicatorName(d.indicator),
    // 0 = first, 1 = last: comparable between periods with a different number of units
    position: d.rank === null || !(d.of > 1) ? null : (d.rank - 1) / (d.of - 1)
  }));
  const fontSize = 11;
  const marginLeft = Math.round(Math.min(220, Math.max(104, width * 0.3)));
  // Plot wraps at lineWidth ems (its estimate of a character is about 0.55 em): a line stays inside the margin
  const lineWidth = (marginLeft - 14) / fontSize;
  const longest = Math.max(...names.map((n) => n.length));
  const lines = Math.min(4, Math.ceil((longest * 0.6) / lineWidth));
  const rowHeight = Math.max(34, lines * (fontSize + 3) + 6);
  const step = (width - marginLeft - 8) / Math.max(1, periods.length);
  const yearStart = (p) => /-(Q1|01|H1)$/.test(p) || /^\d{4}$/.test(p);
  // a year label needs about 30 px; when a year's columns are narrower, every other year
  const yearEvery = step * 4 >= 34 ? 1 : 2;
  return Plot.plot({
    width,
    height: 44 + rows.length * rowHeight,
    marginLeft,
    marginRight: 8,
    marginBottom: 28,
    style: {fontSize: `${fontSize}px`},
    x: {
      type: "band",
      domain: periods,
      label: null,
      padding: 0.06,
      tickSize: 0,
      tickFormat: (p) => (step >= 64 ? formatPeriod(p, lang) : yearStart(p) && Number(p.slice(0, 4)) % yearEvery === 0 ? p.slice(0, 4) : "")
    },
    y: {type: "band", domain: names, label: null, padding: 0.08, tickSize: 0},
    color: {type: "linear", domain: [0, 1], range: ["#1a9850", "#fee08b", "#d73027"], interpolate: "rgb"},
    marks: [
      Plot.axisY({tickSize: 0, lineWidth, marginLeft}),
      Plot.cell(data, {x: "period", y: "name", fill: "#e5e5e5", filter: (d) => d.position === null}),
      Plot.cell(data, {x: "period", y: "name", fill: "position", fillOpacity: 0.85, filter: (d) => d.position !== null}),
      step >= 12
        ? Plot.text(data, {
            x: "period",
            y: "name",
            text: (d) => (d.rank === null ? "–" : String(d.rank)),
            fill: "#111",
            fontSize: step >= 20 ? 11 : 9
          })
        : null,
      Plot.tip(
        data,
        Plot.pointer({
          x: "period",
          y: "name",
          title: (d) => `${d.name}\n${formatPeriod(d.period, lang)}: ${d.rank === null ? t.notRanked : t.rankTip(d.rank, d.of, format(d))}`
        })
      )
    ]
  });
}
