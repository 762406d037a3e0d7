import * as Plot from "npm:@observablehq/plot";
import {formatPeriod} from "../lib/cchc.js";
import {formatValue} from "./headlineCard.js";

/**
 * Units ranked on one indicator in one period (horizontal bars, best at the top), with the
 * whole area's value as a rule. Missing values are listed as missing, not drawn as zero bars.
 */
export function rankedBars(rows, {width, indicator, unitName, reference = null, period, lang = "vi"}) {
  const vi = lang === "vi";
  const sign = indicator.better === "higher" ? -1 : 1;
  const data = rows
    .filter((d) => d.value !== null)
    .map((d) => ({...d, name: unitName(d.unitId), label: formatValue(indicator, d.value, lang)}))
    .sort((a, b) => sign * (a.value - b.value));
  const missing = rows.filter((d) => d.value === null).map((d) => unitName(d.unitId));
  const isShare = indicator.unit === "share";
  return Plot.plot({
    width,
    height: 28 * data.length + 40,
    marginLeft: Math.min(160, width * 0.35),
    marginRight: 56,
    caption: missing.length ? `${vi ? "Không có số liệu" : "No data"}: ${missing.join(", ")}` : null,
    x: {domain: isShare ? [0, 1] : undefined, tickFormat: (v) => formatValue(indicator, v, lang), label: `${vi ? indicator.nameVi : indicator.nameEn}, ${formatPeriod(period, lang)}`, grid: true},
    y: {domain: data.map((d) => d.name), label: null},
    marks: [
      Plot.barX(data, {x: "value", y: "name", fill: "var(--theme-foreground-focus)", fillOpacity: 0.8, title: (d) => `${d.name}: ${d.label}`}),
      Plot.text(data, {x: "value", y: "name", text: "label", dx: 4, textAnchor: "start"}),
      reference === null ? null : Plot.ruleX([reference], {stroke: "#222", strokeDasharray: "3,2"}),
      Plot.ruleX([0])
    ]
  });
}
