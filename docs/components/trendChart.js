import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatPercent, formatPeriod, formatRate} from "../lib/cchc.js";
import {reorganisationMarks} from "./compareChart.js";

function monthDate(period) {
  return new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
}

/**
 * Trend of one indicator for several units (one line each) with an optional reference line
 * (the district). Rows missing a value are kept as nulls so the line breaks at a gap. Shares
 * start at zero. The reorganisation (`reorganisation`, an ISO day from reference.json's area) is
 * marked on the time axis.
 */
export function trendChart(rows, {width, indicator, unitName, reference = [], referenceName = "", reorganisation, lang = "vi"}) {
  const isShare = indicator.unit === "share";
  const format = (v) => (isShare ? formatPercent(v, {lang}) : formatNumber(v, {lang}));
  const data = rows.map((d) => ({...d, date: monthDate(d.period), name: unitName(d.unitId)}));
  const ref = reference.map((d) => ({...d, date: monthDate(d.period), name: referenceName}));
  const values = data.concat(ref).map((d) => d.value).filter((v) => v !== null);
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(420, width * 0.5)),
    marginLeft: 48,
    marginRight: 12,
    x: {type: "utc", label: null},
    y: {
      label: lang === "vi" ? indicator.nameVi : indicator.nameEn,
      domain: isShare ? [0, 1] : [0, Math.max(1, ...values)],
      grid: true,
      tickFormat: (v) => (isShare ? formatPercent(v, {digits: 0, lang}) : formatNumber(v, {lang}))
    },
    color: {legend: true, type: "ordinal", scheme: "tableau10"},
    marks: [
      Plot.ruleY([0]),
      ...reorganisationMarks(data.concat(ref).map((d) => d.date), {day: reorganisation, lang}),
      Plot.lineY(data, {x: "date", y: "value", z: "unitId", stroke: "name", title: "name", strokeWidth: 1.5, curve: "linear"}),
      ref.length
        ? Plot.lineY(ref, {x: "date", y: "value", stroke: "#222", strokeWidth: 2.5, strokeDasharray: "1,0"})
        : null,
      Plot.tip(
        data.concat(ref),
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
