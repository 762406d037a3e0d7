/**
 * A quick chart of a query result (biểu đồ nhanh), of the kind chooseChart picks from the
 * result's column types: lines over time (broken where a period is missing), points over time,
 * bars by name, a grid of pairs, a scatter or a histogram. Axes from zero to the data, missing
 * values never drawn as zero, a tooltip on every mark. Returns null when there is nothing to draw.
 *
 *   resultChart(spec, rows, {width, lang})
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, compareVietnamese, formatDate, formatNumber, formatPercent, formatPeriod, formatTimeTick, timePoints, yearTicks} from "../lib/cchc.js";

const BAR_COLOR = "var(--theme-foreground-focus)";

export function resultChart(spec, rows, {width, lang = "vi"}) {
  switch (spec.kind) {
    case "line":
    case "dots":
      return timeChart(spec, rows, {width, lang});
    case "bars":
      return barChart(spec, rows, {width, lang});
    case "cells":
      return cellChart(spec, rows, {width, lang});
    case "scatter":
      return Plot.plot({
        width,
        height: Math.max(260, Math.min(420, width * 0.6)),
        grid: true,
        x: {label: spec.x, tickFormat: (v) => formatNumber(v, {lang, digits: digitsFor([v])})},
        y: {label: spec.y, ...valueAxis(spec.share, rows.map((r) => r[spec.y]), lang)},
        marks: [
          Plot.dot(rows, {x: spec.x, y: spec.y, r: 3, fill: BAR_COLOR, fillOpacity: 0.7}),
          Plot.tip(rows, Plot.pointer({x: spec.x, y: spec.y, title: (r) => tipText(r, lang)}))
        ]
      });
    case "histogram":
      return Plot.plot({
        width,
        height: 260,
        x: {label: spec.value, tickFormat: (v) => formatValue(v, spec.share, lang)},
        y: {label: catalogue(lang).explore.chartRows, grid: true},
        marks: [
          Plot.rectY(rows, Plot.binX({y: "count"}, {x: spec.value, fill: BAR_COLOR, fillOpacity: 0.8, tip: true})),
          Plot.ruleY([0])
        ]
      });
    default:
      return null;
  }
}

function timeChart(spec, rows, {width, lang}) {
  const points = timePoints(rows, {x: spec.x, xType: spec.xType, y: spec.y, series: spec.series, gaps: spec.kind === "line"});
  const drawn = points.filter((p) => p.y !== null);
  const color = spec.series === null ? {} : {stroke: "series"};
  const label = (p) => (spec.series === null ? "" : `${p.series}\n`) + `${timeLabel(p.row?.[spec.x], spec.xType, lang)}: ${formatValue(p.y, spec.share, lang)}`;
  const years = yearTicks(points.filter((p) => p.row !== null).map((p) => p.x));
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(440, width * 0.5)),
    marginLeft: 52,
    // whole years get one tick a year, never months in between
    x: {type: "utc", label: null, ...(years ? {ticks: years.map((t) => new Date(t)), tickFormat: (d) => String(d.getUTCFullYear())} : {tickFormat: (d) => formatTimeTick(d, lang)})},
    y: {label: spec.y, grid: true, ...valueAxis(spec.share, drawn.map((p) => p.y), lang)},
    color: spec.series === null ? undefined : {legend: spec.legend, type: "ordinal", scheme: "tableau10"},
    marks: [
      Plot.ruleY([0]),
      spec.kind === "line"
        ? Plot.line(points, {x: "x", y: "y", z: "series", ...(spec.series === null ? {stroke: BAR_COLOR} : color), strokeWidth: 1.5})
        : null,
      Plot.dot(drawn, {x: "x", y: "y", r: spec.kind === "line" ? 2.5 : 3.5, ...(spec.series === null ? {fill: BAR_COLOR} : {fill: "series"})}),
      Plot.tip(drawn, Plot.pointer({x: "x", y: "y", title: label}))
    ]
  });
}

function barChart(spec, rows, {width, lang}) {
  const labelOf = (r) => spec.labels.map((c) => displayText(r[c], lang)).join(" · ");
  const present = rows.filter((r) => typeof r[spec.value] === "number" && Number.isFinite(r[spec.value]));
  const data = present.slice(0, spec.limit).map((r) => ({label: labelOf(r), value: r[spec.value], row: r}));
  const missing = rows.filter((r) => !present.includes(r)).map(labelOf);
  const notes = [];
  const t = catalogue(lang).explore;
  if (missing.length) notes.push(`${t.chartNoData}: ${missing.slice(0, 20).join(", ")}${missing.length > 20 ? "…" : ""}`);
  if (present.length > spec.limit) {
    notes.push(t.chartOnlyFirst(formatNumber(spec.limit, {lang}), formatNumber(present.length, {lang})));
  }
  const values = data.map((d) => d.value);
  const marginLeft = Math.min(240, Math.max(80, width * 0.38));
  return Plot.plot({
    width,
    height: 26 * data.length + 44,
    marginLeft,
    marginRight: 60,
    caption: notes.length ? notes.join(" ") : null,
    x: {label: spec.value, grid: true, ...valueAxis(spec.share, values, lang)},
    y: {domain: data.map((d) => d.label), label: null, tickFormat: (t) => fitLabel(t, marginLeft)},
    marks: [
      Plot.barX(data, {x: "value", y: "label", fill: BAR_COLOR, fillOpacity: 0.8}),
      Plot.text(data, {x: "value", y: "label", text: (d) => formatValue(d.value, spec.share, lang), dx: 4, textAnchor: "start"}),
      Plot.ruleX([0]),
      Plot.tip(data, Plot.pointerY({x: "value", y: "label", title: (d) => `${d.label}: ${formatValue(d.value, spec.share, lang)}`}))
    ]
  });
}

function cellChart(spec, rows, {width, lang}) {
  const key = (v) => (v instanceof Date ? v.getTime() : v);
  const xs = [...new Map(rows.map((r) => [key(r[spec.x]), r[spec.x]])).values()].filter((v) => v !== null && v !== undefined);
  xs.sort((a, b) => (spec.xType === "text" ? compareVietnamese(String(a), String(b)) : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const ys = [...new Set(rows.map((r) => displayText(r[spec.y], lang)))].sort(compareVietnamese);
  const xLabel = (v) => (spec.xType === "text" ? displayText(v, lang) : timeLabel(v, spec.xType, lang));
  const xDomain = xs.map(xLabel);
  const step = Math.max(1, Math.ceil(xDomain.length / Math.max(2, Math.floor((width - 160) / 70))));
  const data = rows.map((r) => ({x: xLabel(r[spec.x]), y: displayText(r[spec.y], lang), fill: spec.fill === null ? null : r[spec.fill], row: r}));
  const {yes, no} = catalogue(lang).explore;
  const marginLeft = Math.min(240, Math.max(80, width * 0.35));
  return Plot.plot({
    width,
    height: 24 * ys.length + 70,
    marginLeft,
    marginBottom: 40,
    x: {domain: xDomain, label: spec.x, ticks: xDomain.filter((_, i) => i % step === 0), tickRotate: xDomain.length > 8 ? -30 : 0},
    y: {domain: ys, label: null, tickFormat: (t) => fitLabel(t, marginLeft)},
    color:
      spec.fill === null
        ? undefined
        : {domain: [yes, no, "–"], range: ["#e0a800", "#b42318", "#999"], legend: true, label: spec.fill},
    marks: [
      Plot.cell(data, {
        x: "x",
        y: "y",
        inset: 1,
        ...(spec.fill === null ? {fill: BAR_COLOR} : {fill: (d) => (d.fill === true ? yes : d.fill === false ? no : "–")})
      }),
      Plot.tip(data, Plot.pointer({x: "x", y: "y", title: (d) => `${d.y}\n${d.x}${spec.fill === null ? "" : `\n${spec.fill}: ${d.fill === true ? yes : d.fill === false ? no : "–"}`}`}))
    ]
  });
}

/** A tick label cut to what fits in the margin (about 6.5 px a character), whole in the tooltip and table. */
function fitLabel(text, margin) {
  const max = Math.max(6, Math.floor((margin - 10) / 6.5));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Axis options for a measure, from zero (bars must start at 0) to the largest value: a 2–15% share is not squeezed into 0–100%. */
function valueAxis(share, values, lang) {
  const finite = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  if (share) return {domain: [0, Math.min(1, Math.max(0.01, ...finite))], nice: true, tickFormat: (v) => formatPercent(v, {digits: 0, lang})};
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  return {domain: [min, max === min ? min + 1 : max], nice: true, tickFormat: (v) => formatNumber(v, {lang, digits: digitsFor([v])})};
}

/** A value as the table shows it: "87,7%" for a share, "1.234" or "5,47" otherwise. */
export function formatValue(v, share, lang) {
  if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return "–";
  return share ? formatPercent(v, {lang}) : formatNumber(v, {lang, digits: digitsFor([v])});
}

/** 0 decimals for whole numbers, 3 below 1, 2 otherwise. */
export function digitsFor(values) {
  if (values.every((v) => typeof v !== "number" || Number.isInteger(v))) return 0;
  return values.every((v) => typeof v !== "number" || Math.abs(v) < 1) ? 3 : 2;
}

/** Any cell as text for labels and tooltips. */
export function displayText(v, lang) {
  if (v === null || v === undefined) return "–";
  if (v instanceof Date) return formatDate(v.toISOString().slice(0, 10), lang);
  if (typeof v === "boolean") return v ? catalogue(lang).explore.yes : catalogue(lang).explore.no;
  if (typeof v === "number") return formatNumber(v, {lang, digits: digitsFor([v])});
  return String(v);
}

function timeLabel(v, xType, lang) {
  if (v === null || v === undefined) return "–";
  if (xType === "period") {
    try {
      return formatPeriod(String(v), lang);
    } catch {
      return String(v);
    }
  }
  if (xType === "year") return String(v);
  return displayText(v instanceof Date ? v : new Date(v), lang);
}

function tipText(row, lang) {
  return Object.entries(row)
    .map(([k, v]) => `${k}: ${displayText(v, lang)}`)
    .join("\n");
}
