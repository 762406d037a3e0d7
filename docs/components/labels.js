import {html} from "npm:htl";
import {catalogue, formatNumber, formatPeriod} from "../lib/cchc.js";

/** The "Dữ liệu mẫu" badge, shown wherever sample figures appear. */
export function sampleBadge(isSample, lang = "vi") {
  if (!isSample) return html`<span></span>`;
  const {common} = catalogue(lang);
  return html`<span class="sample-badge" title="${common.sampleTitle}">${common.sample}</span>`;
}

/** Source and data date under a chart. Text from data is interpolated by htl, so it is escaped. */
export function sourceLine(meta, lang = "vi") {
  const {common, components} = catalogue(lang);
  const files = formatNumber(meta.sources.length, {lang});
  const through = meta.dataThrough ? formatPeriod(meta.dataThrough, lang) : "–";
  const origin = meta.sample ? components.sourceSampleReports : components.sourceUnitReports;
  return html`<div class="chart-source">${common.source}: ${origin} (${components.sourceFiles(files)}); ${common.dataThrough} ${through}.</div>`;
}
