import {html} from "npm:htl";
import {formatNumber, formatPeriod} from "../lib/cchc.js";
import {sampleBadge} from "./labels.js";

/**
 * The card on / for the QĐ 766 service index: the latest official total and rank of each
 * commune of the area in the latest published period, linking to /qd766. `communeIds`: the
 * area's communes; `tables`: tables.json of the qd766 dataset (for "rank of how many").
 */
export function qd766Card(observations, tables, {communeIds, unitName = String, lang = "vi"}) {
  const vi = lang === "vi";
  const totals = observations.filter((o) => o.indicator === "qd766_total" && communeIds.includes(o.unitId));
  const latest = totals.map((o) => o.period).sort().at(-1);
  if (latest === undefined) return html`<div class="card qd766-card"><h2>${vi ? "Chỉ số phục vụ (QĐ 766)" : "Service index (Decision 766)"}</h2><p>${vi ? "Chưa có số liệu" : "No data"}</p></div>`;
  const of = tables.find((t) => t.period === latest)?.unitsInTable ?? null;
  const rankOf = (id) => observations.find((o) => o.unitId === id && o.period === latest && o.indicator === "qd766_rank")?.value ?? null;
  const rows = totals.filter((o) => o.period === latest).sort((a, b) => b.value - a.value);
  return html`<div class="card qd766-card">
    <h2>${vi ? "Chỉ số phục vụ (QĐ 766)" : "Service index (Decision 766)"}, ${formatPeriod(latest, lang)} ${sampleBadge(rows.some((o) => o.sample), lang)}</h2>
    <table class="qd766-card-table">${rows.map((o) => html`<tr><td>${unitName(o.unitId)}</td><td style="text-align:right">${formatNumber(o.value, {digits: 2, lang})}</td><td style="text-align:right">${rankOf(o.unitId) === null ? "–" : `${vi ? "hạng" : "rank"} ${rankOf(o.unitId)}${of ? `/${of}` : ""}`}</td></tr>`)}</table>
    <p class="chart-source">${vi ? "Điểm chính thức đã công bố" : "Official published scores"} · <a href="./qd766">${vi ? "Điểm mất ở đâu" : "Where the points go"}</a></p>
  </div>`;
}
