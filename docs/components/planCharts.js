/**
 * Charts of the communication plan page (/plan): activities reported per month, and the share
 * of units meeting each target per quarter with the gap to 100%. Both mark the plan's peak
 * periods (cao điểm: the Q3 initiative contest, October's month of action for business) as
 * numbered bands explained in the caption, and shade the months after the "as of" date.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatNumber, formatPercent, formatPeriod, formatTimeTick, inLanguage, monthsBetween, periodRange, PRODUCT_TYPES} from "../lib/cchc.js";

const CIRCLED = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];
const PEAK_FILL = "#ffe08a";
const MET = "#4f9a63";
const GAP = "#f2c4c0";

function monthStart(month) {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

function monthAfter(month) {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
}

function middle(a, b) {
  return new Date((+a + +b) / 2);
}

/** The day after `asOf` ("YYYY-MM-DD"): everything from then on is not known yet. */
function dayAfter(asOf) {
  const d = new Date(`${asOf}T00:00:00Z`);
  return new Date(+d + 86_400_000);
}

/** The plan's peaks as bands on a time axis, numbered ①, ②… in plan order. */
export function peakBands(peaks, lang = "vi") {
  return peaks.map((p, i) => {
    const {first, last} = periodRange(p.period);
    const x1 = monthStart(first);
    const x2 = monthAfter(last);
    return {symbol: CIRCLED[i] ?? String(i + 1), period: p.period, name: inLanguage(p, "name", lang), x1, x2, mid: middle(x1, x2)};
  });
}

/**
 * "Nền vàng: cao điểm theo kế hoạch — ① …; ② …." for a chart's caption ("Khung vàng nét đứt"
 * for the outline style); "" without peaks.
 */
export function peakCaption(peaks, lang = "vi", style = "band") {
  if (peaks.length === 0) return "";
  const list = peakBands(peaks, lang).map((b) => `${b.symbol} ${b.name}`).join("; ");
  const t = catalogue(lang).plan;
  return t.peakCaption(style === "outline" ? t.peakFrames : t.peakBands, list);
}

/**
 * The peaks as bands: filled behind the data ("band", where bars leave room above them) or as a
 * dashed outline over it ("outline", where bars fill the height); numbered at the band's start.
 */
function peakMarks(peaks, lang, {style = "band", anchor = "top"} = {}) {
  const bands = peakBands(peaks, lang);
  const label = catalogue(lang).plan.peak;
  const outline = style === "outline";
  return [
    Plot.rect(bands, {
      x1: "x1",
      x2: "x2",
      fill: outline ? "none" : PEAK_FILL,
      fillOpacity: outline ? undefined : 0.45,
      stroke: outline ? "#b7791f" : undefined,
      strokeWidth: outline ? 1.5 : undefined,
      strokeDasharray: outline ? "4,2" : undefined,
      ariaLabel: (d) => `${label}: ${d.name}`,
      title: (d) => `${label} ${d.symbol}: ${d.name}`
    }),
    Plot.text(bands, {
      x: "x1",
      text: "symbol",
      frameAnchor: anchor,
      textAnchor: "start",
      dx: 3,
      dy: anchor === "top" ? 3 : -3,
      fontSize: 13,
      fill: "#7a4b00",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
      ariaHidden: true
    })
  ];
}

/**
 * Grey over the months after the "as of" date, when the date is inside the range; with a word
 * when `label` (and the band is wide enough for it: `bandPx`).
 */
function afterAsOfMarks(asOf, end, lang, {label = true, bandPx = Infinity} = {}) {
  const start = dayAfter(asOf);
  if (!(start < end)) return [];
  const band = [{x1: start, x2: end}];
  return [
    Plot.rect(band, {x1: "x1", x2: "x2", fill: "#000", fillOpacity: 0.06, ariaHidden: true}),
    label && bandPx(start) >= 110
      ? Plot.text(band, {
          x: "x2",
          text: () => catalogue(lang).plan.afterAsOf,
          frameAnchor: "bottom",
          textAnchor: "end",
          dx: -4,
          dy: -4,
          fill: "#666",
          ariaHidden: true
        })
      : null
  ];
}

/** The chart's caption: the peaks, and what the grey band means when there is one. */
function caption(peaks, asOf, end, lang, style) {
  const after = dayAfter(asOf) < end ? catalogue(lang).plan.afterAsOfCaption : "";
  return `${peakCaption(peaks, lang, style)}${after}`.trim();
}

/** Pixels from `start` to `end` on a time axis [from, end] drawn `frameWidth` wide. */
function pxBetween(from, end, frameWidth) {
  return (start) => ((+end - +start) / (+end - +from)) * frameWidth;
}

/** Every nth of `months` so that labels about `labelPx` wide fit in `px`: "T10/2024" needs room on a phone. */
function everyNth(months, px, labelPx) {
  const step = Math.max(1, Math.ceil((months.length * labelPx) / Math.max(1, px)));
  return months.filter((_, i) => i % step === 0);
}

function monthTick(lang) {
  return (d) => formatTimeTick(d, lang);
}

/**
 * activityChart(activity, {width, from, to, asOf, peaks, lang}) → a Plot figure: activities
 * reported per month (monthlyActivity: rows stacked by product type), months after `asOf`
 * greyed, months no report covers marked "?" (missing, not zero), the plan's peaks as bands.
 * `from`/`to` are the plan's first and last months (the axis always shows the whole plan).
 */
export function activityChart(activity, {width, from, to, asOf, peaks = [], lang = "vi"}) {
  const typeName = new Map(PRODUCT_TYPES.map((p) => [p.id, inLanguage(p, "name", lang)]));
  const present = PRODUCT_TYPES.filter((t) => activity.rows.some((r) => r.productType === t.id)).map((t) => typeName.get(t.id));
  const rows = activity.rows.map((d) => ({...d, date: monthStart(d.month), type: typeName.get(d.productType)}));
  const totals = activity.totals.map((d) => ({...d, mid: middle(monthStart(d.month), monthAfter(d.month))}));
  const reported = totals.filter((d) => d.count !== null);
  const missing = totals.filter((d) => d.count === null);
  const detail = (month) =>
    rows
      .filter((r) => r.month === month)
      .sort((a, b) => b.count - a.count)
      .map((r) => `${r.type}: ${formatNumber(r.count, {lang})}`)
      .join("\n");
  const end = monthAfter(to);
  const max = Math.max(1, ...reported.map((d) => d.count));
  return Plot.plot({
    width,
    height: Math.max(240, Math.min(340, width * 0.42)),
    marginLeft: 44,
    marginTop: 22,
    marginRight: 8,
    // ticks under the middle of each month's bar, not at its edges
    x: {type: "utc", domain: [monthStart(from), end], ticks: everyNth(monthsBetween(from, to), width - 52, 58).map((m) => middle(monthStart(m), monthAfter(m))), tickFormat: monthTick(lang), label: null},
    y: {label: catalogue(lang).plan.activitiesAxis, domain: [0, max * 1.1], grid: true, tickFormat: (v) => formatNumber(v, {lang})},
    color: {legend: true, domain: present, scheme: "tableau10"},
    caption: caption(peaks, asOf, end, lang),
    marks: [
      ...peakMarks(peaks, lang),
      ...afterAsOfMarks(asOf, end, lang, {bandPx: pxBetween(monthStart(from), end, width - 52)}),
      Plot.rectY(rows, {x: "date", interval: "month", y: "count", fill: "type", inset: 1.5}),
      Plot.text(missing, {x: "mid", y: 0, text: () => "?", dy: -8, fill: "#a4160f", title: () => catalogue(lang).plan.noReportMonth}),
      Plot.ruleY([0]),
      Plot.tip(
        reported,
        Plot.pointerX({
          x: "mid",
          y: "count",
          title: (d) => `${formatPeriod(d.month, lang)}: ${formatNumber(d.count, {lang})} ${catalogue(lang).plan.inTotal}\n${detail(d.month)}`
        })
      )
    ]
  });
}

/**
 * targetChart(series, {width, targets, from, to, asOf, peaks, lang}) → a Plot figure: one row
 * per target (chỉ tiêu), one bar per quarter: the share of units meeting it (green) and the gap
 * to 100% (pink), the 100% line dashed; a quarter with no unit measured says so (never 0%).
 * `series` is targetSeries(…).
 */
export function targetChart(series, {width, targets, from, to, asOf, peaks = [], unitName = String, lang = "vi"}) {
  const title = new Map(targets.map((x) => [x.id, `${x.id}. ${inLanguage(x, "title", lang)}`]));
  const data = series.map((d) => {
    const {first, last} = periodRange(d.quarter);
    const x1 = monthStart(first);
    const x2 = monthAfter(last);
    return {...d, x1, x2, mid: middle(x1, x2), name: title.get(d.target)};
  });
  const known = data.filter((d) => d.share !== null);
  const unknown = data.filter((d) => d.share === null);
  const end = monthAfter(to);
  const quarterMiddles = [];
  for (let d = monthStart(from); d < end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1))) {
    quarterMiddles.push(middle(d, new Date(Math.min(+end, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1)))));
  }
  const narrow = width < 520; // titles wrap to two lines: more room above each row
  const rowHeight = narrow ? 112 : 96;
  const pct = (v) => formatPercent(v, {lang});
  const tip = (d) =>
    [
      `${d.name}`,
      `${formatPeriod(d.quarter, lang)}: ${d.meeting}/${d.measured} ${catalogue(lang).plan.unitsMeet} (${pct(d.share)})`,
      `${catalogue(lang).plan.gapTo100}: ${formatPercent(d.gap, {lang})}`,
      d.missing.length ? `${catalogue(lang).plan.targetState.missing}: ${d.missing.map(unitName).join(", ")}` : ""
    ]
      .filter(Boolean)
      .join("\n");
  return Plot.plot({
    width,
    height: targets.length * rowHeight + 50,
    marginLeft: 44,
    marginTop: narrow ? 44 : 34,
    marginRight: 8,
    x: {
      type: "utc",
      domain: [monthStart(from), end],
      ticks: quarterMiddles,
      tickFormat: (d) => catalogue(lang).plan.quarterTick(String(Math.floor(d.getUTCMonth() / 3) + 1)),
      label: null
    },
    y: {domain: [0, 1], ticks: [0, 0.5, 1], tickFormat: (v) => formatPercent(v, {digits: 0, lang}), label: null},
    fy: {domain: targets.map((t) => t.id), axis: null, padding: narrow ? 0.46 : 0.38},
    caption: caption(peaks, asOf, end, lang, "outline"),
    marks: [
      ...afterAsOfMarks(asOf, end, lang, {label: false}),
      Plot.rect(known, {x1: "x1", x2: "x2", y1: 0, y2: "share", fy: "target", fill: MET, insetLeft: 8, insetRight: 8}),
      Plot.rect(known, {x1: "x1", x2: "x2", y1: "share", y2: 1, fy: "target", fill: GAP, insetLeft: 8, insetRight: 8}),
      Plot.ruleY([1], {stroke: "#a4160f", strokeDasharray: "4,3"}),
      ...peakMarks(peaks, lang, {style: "outline", anchor: "bottom"}),
      Plot.text(known, {x: "mid", y: "share", fy: "target", text: (d) => formatPercent(d.share, {digits: 0, lang}), dy: 8, fill: "white", fontWeight: 600, stroke: MET, strokeWidth: 2, paintOrder: "stroke"}),
      Plot.text(unknown, {x: "mid", y: 0.5, fy: "target", text: () => catalogue(lang).plan.noData, fill: "#666"}),
      Plot.text(targets, {
        fy: (t) => t.id,
        text: (t) => title.get(t.id),
        frameAnchor: "top-left",
        lineAnchor: "bottom",
        dy: -9,
        fontWeight: 600,
        fontSize: 12,
        // in ems: Plot measures ems at 10 px and bold Vietnamese runs wider than its estimate, so leave a margin
        lineWidth: Math.max(14, (width - 60) / 14)
      }),
      Plot.tip(known, Plot.pointer({x: "mid", y: "share", fy: "target", title: tip}))
    ]
  });
}
