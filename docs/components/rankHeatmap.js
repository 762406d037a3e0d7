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
import {formatPeriod} from "../lib/cchc.js";

/** rankHeatmap(ranks, {width, indicatorName, indicators, format, lang}) → a Plot figure. */
export function rankHeatmap(ranks, {width, indicatorName, indicators, format = () => "", lang = "vi"}) {
  const vi = lang !== "en";
  const periods = [...new Set(ranks.map((d) => d.period))].sort();
  const rows = indicators ?? [...new Set(ranks.map((d) => d.indicator))];
  const names = rows.map((id) => indicatorName(id));
  const data = ranks.map((d) => ({
    ...d,
    name: indicatorName(d.indicator),
    // 0 = first, 1 = last: comparable between periods with a different number of units
    position: d.rank === null || !(d.of > 1) ? null : (d.rank - 1) / (d.of - 1)
  }));
  const marginLeft = Math.round(Math.min(220, Math.max(110, width * 0.32)));
  const step = (width - marginLeft - 8) / Math.max(1, periods.length);
  const yearStart = (p) => /-(Q1|01|H1)$/.test(p) || /^\d{4}$/.test(p);
  return Plot.plot({
    width,
    height: 40 + rows.length * 34,
    marginLeft,
    marginRight: 8,
    marginBottom: 28,
    x: {
      type: "band",
      domain: periods,
      label: null,
      padding: 0.06,
      tickSize: 0,
      tickFormat: (p) => (step >= 44 ? formatPeriod(p, lang).replace(/^Quý /, "Q") : yearStart(p) ? p.slice(0, 4) : "")
    },
    y: {type: "band", domain: names, label: null, padding: 0.08, tickSize: 0},
    color: {type: "linear", domain: [0, 1], range: ["#1a9850", "#fee08b", "#d73027"], interpolate: "rgb"},
    marks: [
      Plot.axisY({tickSize: 0, lineWidth: Math.max(8, marginLeft / 7)}),
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
          title: (d) =>
            `${d.name}\n${formatPeriod(d.period, lang)}: ${d.rank === null ? (vi ? "không xếp hạng (thiếu số liệu)" : "not ranked (data missing)") : `${vi ? "hạng" : "rank"} ${d.rank}/${d.of}`}${d.rank === null ? "" : ` (${format(d)})`}`
        })
      )
    ]
  });
}
