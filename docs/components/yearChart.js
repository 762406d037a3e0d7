/**
 * A yearly series for one or more units (biểu đồ theo năm): a score (PCI 0-100, a sub-index
 * 0-10, DDCI 0-100) or a rank (1 at the top). Takes the points of `yearSeries` from the
 * library — one per unit and year, with `status` "value", "missing" or "not-published":
 *
 *   ${resize((width) => yearChart(yearSeries(observations, {indicator: "pci_total", unitIds, from, to, notPublished}), {width, indicator, unitName}))}
 *
 * A missing year breaks the line; a year the source did not publish gets a dashed rule and
 * the words "chưa công bố" at the top of the chart — never a point at 0. With
 * `markSample: true` real values are filled dots and sample values hollow ones (for data that
 * mixes the two, as DDCI does). `breaks` ([{year, label}]) draw a dashed rule where the
 * indicator was redefined, so a reader does not compare across it.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatNumber, formatPeriod, indicatorText, notPublishedLabel} from "../lib/cchc.js";

// The focus unit first (the brand blue of the site), others from a palette without it.
const FOCUS_COLOR = "#1f5fa8";
const OTHER_COLORS = ["#e15759", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1", "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#4e79a7"];

/**
 * yearChart(points, {width, indicator, unitName, focusId, domain, rankOf, height, markSample,
 * palette, lang}) → a Plot figure (`palette`: unitColors over all the units that can be shown). `indicator` is the catalogue entry (its unit "rank" reverses the y
 * axis: 1 at the top, down to `rankOf`, default the largest rank shown or 63); `domain` fixes
 * the score range (default 0-100, or 0-10 for sub-indices: pass one that fits the data, from
 * `fitDomain`); `focusId` draws that unit first and thickest. Years are plain years ("2024").
 */
export function yearChart(points, {width, indicator, unitName = String, focusId, domain, rankOf, height, markSample = false, breaks = [], palette, lang = "vi"}) {
  const isRank = indicator.unit === "rank";
  const digits = isRank || indicator.unit === "count" ? 0 : 2;
  const format = (v) => formatNumber(v, {digits, lang});
  const data = points.map((d) => ({...d, year: Number(d.period), name: unitName(d.unitId)}));
  const present = data.filter((d) => d.value !== null);
  const unpublished = data.filter((d) => d.status === "not-published");
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const names = orderedNames(data, focusId);
  const step = Math.max(1, Math.ceil(years.length / Math.max(2, Math.floor(width / 56))));
  const ticks = years.filter((y, i) => (years.length - 1 - i) % step === 0);
  const maxRank = Math.max(rankOf ?? 63, ...present.map((d) => d.value));
  const yDomain = isRank ? [1, maxRank] : domain ?? [0, 100];
  const words = catalogue(lang).pci.chart;
  const name = indicatorText(indicator, lang).name;
  const notPublished = notPublishedLabel(lang);

  // One rule and one label per not-published year, naming the units it concerns.
  const unpublishedYears = [...new Set(unpublished.map((d) => d.year))].map((year) => ({
    year,
    title: `${formatPeriod(String(year), lang)}: ${notPublished}\n${unpublished.filter((d) => d.year === year).map((d) => d.name).join(", ")}`
  }));
  const lastYear = years[years.length - 1];

  return Plot.plot({
    width,
    height: height ?? Math.max(240, Math.min(360, width * 0.55)),
    marginLeft: isRank ? 36 : 40,
    marginRight: 16,
    marginTop: 22,
    x: {type: "linear", domain: [years[0], lastYear], ticks, tickFormat: (y) => String(y), label: null, inset: 8},
    y: {
      domain: yDomain,
      reverse: isRank,
      ticks: isRank ? rankTicks(maxRank) : undefined,
      grid: true,
      nice: !isRank,
      label: isRank ? words.rankAxis : `↑ ${name}`,
      tickFormat: (v) => formatNumber(v, {lang})
    },
    color: {type: "ordinal", domain: names, range: colorsFor(names, focusId, unitName, palette, data), legend: names.length > 1},
    marks: [
      // A baseline only where the axis starts at 0 (a fitted axis has none, so it does not read as zero).
      isRank || yDomain[0] !== 0 ? null : Plot.ruleY([yDomain[0]]),
      Plot.ruleX(breaks, {x: "year", stroke: "#888", strokeDasharray: "4,3"}),
      Plot.text(breaks, {x: "year", frameAnchor: "bottom", dy: -4, dx: 3, textAnchor: "start", text: "label", fill: "#555", fontSize: 10}),
      Plot.ruleX(unpublishedYears, {x: "year", stroke: "#888", strokeDasharray: "4,3"}),
      // The label ends at the rule in the last year (it would run off the chart), is centred elsewhere.
      ...["end", "middle"].map((anchor) =>
        Plot.text(
          unpublishedYears.filter((d) => (d.year === lastYear) === (anchor === "end")),
          {x: "year", frameAnchor: "top", dy: -12, textAnchor: anchor, text: () => notPublished, fill: "#555", fontStyle: "italic", title: "title"}
        )
      ),
      Plot.line(data, {
        x: "year",
        y: "value",
        z: "unitId",
        stroke: "name",
        strokeWidth: (d) => (d.unitId === focusId ? 2.5 : 1.5),
        sort: {channel: "x"}
      }),
      // Real values filled, sample values hollow (two marks: a fill mixing colours and scale values would drop points).
      ...[false, true].map((hollow) =>
        Plot.dot(
          present.filter((d) => (markSample && d.sample) === hollow),
          {
            x: "year",
            y: "value",
            stroke: "name",
            fill: hollow ? "white" : "name",
            r: markSample ? 4 : 2.5,
            strokeWidth: 1.5,
            title: (d) =>
              `${d.name}\n${formatPeriod(d.period, lang)}: ${format(d.value)}` +
              (markSample ? `\n${d.sample ? words.sampleFigure : words.realFigure}` : "")
          }
        )
      ),
      Plot.tip(
        present,
        Plot.pointer({
          x: "year",
          y: "value",
          title: (d) => `${d.name}\n${formatPeriod(d.period, lang)}: ${format(d.value)}${isRank ? ` / ${d.of ?? maxRank}` : ""}`
        })
      )
    ]
  });
}

/** Names in legend order: the focus unit first, then as the points list them. */
export function orderedNames(data, focusId) {
  const names = [];
  const focus = data.find((d) => d.unitId === focusId);
  if (focus) names.push(focus.name);
  for (const d of data) if (!names.includes(d.name)) names.push(d.name);
  return names;
}

/**
 * A colour per name (as orderedNames gives them): the focus unit's blue; the others from `palette`
 * ({domain: unit ids, range}, from unitColors over all units) so a unit keeps its colour whatever is
 * selected, or without one from a palette in order.
 */
export function colorsFor(names, focusId, unitName, palette, data = []) {
  const focusName = focusId === undefined ? undefined : unitName(focusId);
  const idOf = new Map(data.map((d) => [d.name, d.unitId]));
  let next = 0;
  return names.map((n) => {
    if (n === focusName) return FOCUS_COLOR;
    const i = palette ? palette.domain.indexOf(idOf.get(n)) : -1;
    return i >= 0 ? palette.range[i] : OTHER_COLORS[next++ % OTHER_COLORS.length];
  });
}

/** 1 always shown (the top), then round steps, and the last rank. */
function rankTicks(max) {
  const step = max > 30 ? 10 : max > 12 ? 5 : max > 6 ? 2 : 1;
  const ticks = [1];
  for (let t = step; t < max; t += step) if (t - 1 >= step / 2) ticks.push(t);
  if (max - ticks[ticks.length - 1] >= step / 2) ticks.push(max);
  else ticks[ticks.length - 1] = max;
  return ticks;
}
