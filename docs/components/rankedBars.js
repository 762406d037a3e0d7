import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatIndicatorValue, formatPeriod} from "../lib/cchc.js";

/**
 * Units ranked on one indicator in one period (horizontal bars, best at the top), with the
 * whole area's value as a dashed rule. Missing values are listed as missing, not drawn as zero
 * bars. `name` is the indicator's name in the page's language. Each bar links to its unit's page when `href(unitId)` is given.
 */
export function rankedBars(rows, {width, indicator, name, unitName, reference = null, period, href, lang = "vi"}) {
  const t = catalogue(lang).index;
  const sign = indicator.better === "higher" ? -1 : 1;
  const data = rows
    .filter((d) => d.value !== null)
    .map((d) => ({...d, name: unitName(d.unitId), label: formatIndicatorValue(indicator, d.value, lang)}))
    .sort((a, b) => sign * (a.value - b.value));
  const missing = rows.filter((d) => d.value === null).map((d) => unitName(d.unitId));
  const isShare = indicator.unit === "share";
  const link = href ? (d) => href(d.unitId) : undefined;
  const marginLeft = Math.round(Math.min(180, width * 0.45));
  return Plot.plot({
    width,
    height: 28 * data.length + 40,
    marginLeft,
    marginRight: 56,
    caption: missing.length ? t.rankedMissing(missing.join(", ")) : null,
    // Bars start at zero; the axis ends near the largest value (a 2–15% series is not drawn on 0–100%).
    x: {domain: [0, Math.max(isShare ? 0.01 : 1, ...data.map((d) => d.value))], nice: true, tickFormat: (v) => formatIndicatorValue(indicator, v, lang), label: t.rankedAxis(name, formatPeriod(period, lang)), grid: true},
    y: {domain: data.map((d) => d.name), label: null, axis: null},
    marks: [
      // Long commune names wrap to a second line instead of running past the left edge.
      Plot.axisY({label: null, tickSize: 0, lineWidth: (marginLeft - 12) / 12}), // ems of a 12 px font
      Plot.barX(data, {x: "value", y: "name", fill: "var(--theme-foreground-focus)", fillOpacity: 0.8, title: (d) => `${d.name}: ${d.label}`, href: link}),
      Plot.text(data, {x: "value", y: "name", text: "label", dx: 4, textAnchor: "start"}),
      reference === null ? null : Plot.ruleX([reference], {stroke: "#222", strokeDasharray: "3,2"}),
      Plot.ruleX([0])
    ]
  });
}
