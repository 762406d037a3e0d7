/**
 * Two or more measures per unit as dots on one row (biểu đồ chấm): e.g. the share of dossiers
 * received by post and the share of results returned by post, or both per 1,000 inhabitants.
 * A thin line joins a unit's dots. The first row (the total, when `firstId` is given) stays on
 * top, then units from the highest first measure down. Missing values have no dot and are
 * named in the caption, never drawn at zero.
 *
 *   ${resize((width) => dotRows(rows, {width, measures: [{key: "a", label: "…"}, {key: "b", label: "…"}], format, xLabel, unitName}))}
 *
 * `rows` are objects with `unitId` and one number-or-null field per measure key. The x axis
 * starts at 0; `max` fixes its end (e.g. 1 for shares), otherwise it is the largest value.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue} from "../lib/cchc.js";

const COLOURS = ["#b8541a", "#1f6f8b", "#6a4c93"];

export function dotRows(rows, {width: available, measures, format, xLabel, unitName, firstId = null, max, lang = "vi", note}) {
  const width = Math.max(200, available ?? 0); // resize may report a sliver while the layout settles: never negative bars
  const first = measures[0].key;
  const known = (v) => v !== null && v !== undefined && Number.isFinite(v);
  // A unit with no value at all gets no row; one missing a measure keeps its row, without that dot.
  const shown = rows.filter((row) => measures.some((m) => known(row[m.key])));
  const order = [...shown].sort((a, b) => (b.unitId === firstId) - (a.unitId === firstId) || (b[first] ?? -1) - (a[first] ?? -1));
  const present = order.flatMap((row) =>
    measures.filter((m) => known(row[m.key])).map((m) => ({unitId: row.unitId, name: unitName(row.unitId), measure: m.label, value: row[m.key]}))
  );
  const missing = [
    ...rows.filter((row) => !shown.includes(row)).map((row) => unitName(row.unitId)),
    ...shown.flatMap((row) => measures.filter((m) => !known(row[m.key])).map((m) => `${unitName(row.unitId)} (${m.label})`))
  ];
  const spans = order
    .map((row) => {
      const values = measures.map((m) => row[m.key]).filter(known);
      return values.length > 1 ? {name: unitName(row.unitId), x1: Math.min(...values), x2: Math.max(...values)} : null;
    })
    .filter(Boolean);
  const top = max ?? Math.max(0, ...present.map((p) => p.value)) * 1.08;
  const captions = [note, missing.length ? `${catalogue(lang).journey.noData}: ${missing.join(", ")}` : null].filter(Boolean);
  // Unit names wrap onto two lines rather than being cut off on a phone.
  const marginLeft = width < 520 ? Math.round(width * 0.38) : Math.min(170, Math.max(110, width * 0.3));
  return Plot.plot({
    width,
    height: 26 * order.length + 74,
    marginLeft,
    marginRight: 20,
    caption: captions.length ? captions.join(" · ") : null,
    x: {domain: [0, top || 1], grid: true, label: xLabel, tickFormat: format, ticks: Math.max(2, Math.floor(width / 100))},
    y: {domain: order.map((row) => unitName(row.unitId)), label: null},
    color: {domain: measures.map((m) => m.label), range: COLOURS, legend: true},
    symbol: {domain: measures.map((m) => m.label), range: ["circle", "diamond", "square"]},
    marks: [
      Plot.axisY({tickSize: 0, lineWidth: (marginLeft - 8) / 10, fontSize: 10}),
      Plot.ruleX([0]),
      Plot.link(spans, {x1: "x1", x2: "x2", y1: "name", y2: "name", stroke: "#bbb", strokeWidth: 2}),
      Plot.dot(present, {x: "value", y: "name", fill: "measure", symbol: "measure", r: 5, stroke: "white", strokeWidth: 0.5}),
      Plot.tip(present, Plot.pointer({x: "value", y: "name", title: (d) => `${d.name}\n${d.measure}: ${format(d.value)}`}))
    ]
  });
}
