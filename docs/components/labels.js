import {html} from "npm:htl";
import {formatPeriod} from "../lib/cchc.js";

/** The "Dữ liệu mẫu" badge, shown wherever sample figures appear. */
export function sampleBadge(isSample, lang = "vi") {
  if (!isSample) return html`<span></span>`;
  return html`<span class="sample-badge" title="${
    lang === "vi" ? "Số liệu sinh tự động để minh hoạ, không phải số liệu thật" : "Generated figures for illustration, not real data"
  }">${lang === "vi" ? "Dữ liệu mẫu" : "Sample data"}</span>`;
}

/** Source and data date under a chart. Text from data is interpolated by htl, so it is escaped. */
export function sourceLine(meta, lang = "vi") {
  const files = meta.sources.length;
  const through = meta.dataThrough ? formatPeriod(meta.dataThrough, lang) : "–";
  const origin =
    meta.sample
      ? lang === "vi" ? "báo cáo mẫu sinh tự động" : "generated sample reports"
      : lang === "vi" ? "báo cáo kết quả giải quyết TTHC của các đơn vị" : "units' monthly TTHC reports";
  return html`<div class="chart-source">${lang === "vi" ? "Nguồn" : "Source"}: ${origin} (${files} ${
    lang === "vi" ? "tệp" : "files"
  }); ${lang === "vi" ? "số liệu đến" : "data through"} ${through}.</div>`;
}
