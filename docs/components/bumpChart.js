/**
 * A bump chart (biểu đồ thứ hạng): each unit's rank among its peers over time, rank 1 at the
 * top. A period without a rank (missing value) breaks the line. The reorganisation (`reorganisation`,
 * an ISO day) is marked; after it, units are ranked among the communes that exist then.
 *
 *   ${resize((width) => bumpChart(ranks, {width, unitName, units, colors: unitColors(allAreaUnitIds)}))}
 *
 * `ranks` are rankUnits() rows ({unitId, period, rank, of, value}) of the units to draw; `colors`
 * unitColors() over all the area's units, so a unit keeps its colour whatever is selected.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatPeriod, formatTimeTick, unitColors} from "../lib/cchc.js";
import {colorOf, periodDate, reorganisationMarks} from "./compareChart.js";

/**
 * bumpChart(ranks, {width, unitName, units, colors, format, xDomain, reorganisation, lang}) → a Plot figure; `format(value)`
 * writes a value in the tip; `xDomain` [first, last] dates fixes the time axis.
 */
export function bumpChart(ranks, {width, unitName, units, colors, format = String, xDomain, reorganisation, lang = "vi"}) {
  const t = catalogue(lang).communes;
  const present = new Set(ranks.map((d) => d.unitId));
  const ids = (units ?? [...present]).filter((id) => present.has(id));
  const order = new Map(ids.map((id, i) => [id, i]));
  const data = ranks
    .filter((d) => order.has(d.unitId))
    .map((d) => ({...d, date: periodDate(d.period), name: unitName(d.unitId)}))
    .sort((a, b) => order.get(a.unitId) - order.get(b.unitId) || a.date - b.date);
  const maxRank = Math.max(1, ...data.map((d) => d.of ?? 0), ...data.map((d) => d.rank ?? 0));
  const dates = xDomain ?? data.map((d) => d.date);
  return Plot.plot({
    width,
    height: Math.max(220, Math.min(420, 60 + maxRank * 26)),
    marginLeft: 52,
    marginRight: 28,
    x: {type: "utc", label: null, domain: xDomain, ticks: Math.max(2, Math.floor(width / 90)), tickFormat: (d) => formatTimeTick(d, lang)},
    y: {
      label: t.rankAxis,
      domain: [1, maxRank],
      reverse: true,
      inset: 10,
      ticks: Array.from({length: maxRank}, (_, i) => i + 1),
      tickFormat: (v) => String(v),
      grid: true
    },
    color: {type: "ordinal", domain: ids.map((id) => unitName(id)), range: ids.map((id) => colorOf(id, colors ?? unitColors(units ?? ids))), legend: true},
    marks: [
      ...reorganisationMarks(dates, {day: reorganisation, lang, frameAnchor: "bottom", dy: -4}),
      Plot.lineY(data, {x: "date", y: "rank", z: "unitId", stroke: "name", title: "name", strokeWidth: 2}),
      Plot.dot(data, {x: "date", y: "rank", fill: "name", r: 2.5, filter: (d) => d.rank !== null}),
      Plot.tip(
        data,
        Plot.pointer({
          x: "date",
          y: "rank",
          filter: (d) => d.rank !== null,
          title: (d) => `${d.name}\n${formatPeriod(d.period, lang)}: ${t.rankTip(d.rank, d.of, format(d.value))}`
        })
      )
    ]
  });
}
