import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatPercent, formatPeriod, formatRate, formatTimeTick, inLanguage, monthTickInterval, trendDomain, unitColors} from "../lib/cchc.js";
import {reorganisationMarks} from "./compareChart.js";

function monthDate(period) {
  return new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
}

/**
 * Trend of one indicator for several units (one line each) with an optional reference line
 * (the district). Rows missing a value are kept as nulls so the line breaks at a gap. The time
 * axis reads "T1/2026" (formatTimeTick) with ticks on whole months; the y-domain fits the values
 * (trendDomain: shares and counts from zero to just above the highest value, never 0–100% for a
 * 2–15% series). The reorganisation (`reorganisation`, an ISO day from reference.json's area) is
 * marked on the time axis.
 *
 * `areaUnitIds` (all the area's unit ids, not the selection) gives each unit its colour from
 * unitColors, the same on every chart whatever is selected; without it the lines take Plot's
 * tableau10 in order of appearance, as before.
 */
export function trendChart(rows, {width, indicator, unitName, reference = [], referenceName = "", reorganisation, lang = "vi", areaUnitIds}) {
  const isShare = indicator.unit === "share";
  const format = (v) => (isShare ? formatPercent(v, {lang}) : formatNumber(v, {lang}));
  const data = rows.map((d) => ({...d, date: monthDate(d.period), name: unitName(d.unitId)}));
  const ref = reference.map((d) => ({...d, date: monthDate(d.period), name: referenceName}));
  const all = data.concat(ref);
  const times = all.map((d) => d.date.getTime());
  const months = times.length ? Math.round((Math.max(...times) - Math.min(...times)) / (30.44 * 864e5)) + 1 : 1;
  const domain = trendDomain(all.map((d) => d.value), indicator.unit);
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(420, width * 0.5)),
    marginLeft: 48,
    marginRight: 28, // room for the last month tick ("T10/2026") centred on the right edge
    x: {type: "utc", label: null, ticks: monthTickInterval(months, width - 60), tickFormat: (d) => formatTimeTick(d, lang)},
    y: {
      // On a phone the indicator's name is wider than the chart; the card's title names it there.
      label: width < 480 ? null : inLanguage(indicator, "name", lang),
      domain,
      nice: true,
      grid: true,
      tickFormat: (v) => (isShare ? formatPercent(v, {digits: 0, lang}) : formatNumber(v, {lang}))
    },
    color: areaUnitIds ? {...colorsByName(areaUnitIds, data, unitName), legend: true} : {legend: true, type: "ordinal", scheme: "tableau10"},
    marks: [
      domain[0] <= 0 ? Plot.ruleY([0]) : null,
      ...reorganisationMarks(all.map((d) => d.date), {day: reorganisation, lang}),
      Plot.lineY(data, {x: "date", y: "value", z: "unitId", stroke: "name", title: "name", strokeWidth: 1.5, curve: "linear"}),
      ref.length
        ? Plot.lineY(ref, {x: "date", y: "value", stroke: "#222", strokeWidth: 2.5, strokeDasharray: "1,0"})
        : null,
      Plot.tip(
        all,
        Plot.pointer({
          x: "date",
          y: "value",
          filter: (d) => d.value !== null,
          title: (d) => `${d.name}\n${formatPeriod(d.period, lang)}: ${isShare ? formatRate(d, {lang}) : format(d.value)}`
        })
      )
    ]
  });
}

/** The colour scale over the names of the units drawn, each in its unitColors colour (a unit outside the area in grey). */
function colorsByName(areaUnitIds, data, unitName) {
  const {domain, range} = unitColors(areaUnitIds);
  const drawn = new Set(data.map((d) => d.unitId));
  const pairs = domain.map((id, i) => [id, range[i]]).filter(([id]) => drawn.has(id));
  for (const id of drawn) if (!domain.includes(id)) pairs.push([id, "#888"]);
  return {type: "ordinal", domain: pairs.map(([id]) => unitName(id)), range: pairs.map(([, color]) => color)};
}
