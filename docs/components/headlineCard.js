import {html} from "npm:htl";
import {formatChange, formatNumber, formatPercent, formatPeriod} from "../lib/cchc.js";
import {sparkline} from "./sparkline.js";
import {statusBadge} from "./statusBadge.js";

/** A value in the indicator's own unit, Vietnamese or English. */
export function formatValue(indicator, value, lang = "vi") {
  if (indicator.unit === "share") return formatPercent(value, {lang});
  if (indicator.unit === "score") return formatNumber(value, {digits: 2, lang});
  return formatNumber(value, {lang});
}

/**
 * A leader's card for one headline figure: latest value, change on the previous period and on
 * the same period a year earlier, target and gap (or that the plan sets none), status in text
 * and colour, and a sparkline. `comparison` comes from compareToEarlier; `series` are the
 * recent periods for the sparkline.
 */
export function headlineCard({indicator, comparison, status, series, note, lang = "vi"}) {
  const vi = lang === "vi";
  const name = vi ? indicator.nameVi : indicator.nameEn;
  const change = (current, earlier) => formatChange(current, earlier, {unit: indicator.unit, lang});
  const target =
    indicator.target === null
      ? vi ? "Kế hoạch không đặt chỉ tiêu" : "No target set by the plan"
      : `${vi ? "Chỉ tiêu" : "Target"} ${formatValue(indicator, indicator.target, lang)} · ${vi ? "còn thiếu" : "gap"} ${
          comparison?.value == null ? "–" : formatValue(indicator, Math.max(0, indicator.target - comparison.value), lang)
        }`;
  return html`<div class="card headline-card">
    <h2>${name}</h2>
    <div class="headline-value">${formatValue(indicator, comparison?.value ?? null, lang)}</div>
    <div class="headline-period">${comparison ? formatPeriod(comparison.period, lang) : "–"}</div>
    <dl class="headline-changes">
      <dt>${vi ? "So với" : "vs"} ${comparison ? formatPeriod(comparison.previousPeriod, lang) : "–"}</dt>
      <dd>${change(comparison?.value ?? null, comparison?.previous ?? null)}</dd>
      <dt>${vi ? "So với cùng kỳ" : "vs a year earlier"}</dt>
      <dd>${change(comparison?.value ?? null, comparison?.yearAgo ?? null)}</dd>
    </dl>
    <div class="headline-target">${target}</div>
    <div class="headline-foot">${statusBadge(status ?? "missing", {lang})} ${sparkline(series, {
      width: 120,
      label: name,
      format: (v) => formatValue(indicator, v, lang),
      domain: indicator.unit === "share" ? [0, 1] : undefined,
      lang
    })}</div>
    ${note ? html`<div class="chart-source">${note}</div>` : ""}
  </div>`;
}
