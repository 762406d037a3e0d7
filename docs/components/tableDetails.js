/**
 * The table behind a chart (bảng số liệu), folded in a <details> under it: for screen readers,
 * for copying figures, and for anyone who prefers numbers to lines. It stays folded on paper,
 * where the chart is. Every cell is set as text. The table is built when the details are first
 * opened (a page that re-draws on every choice builds no table nobody reads).
 *
 *   ${tableDetails(rows, {summary: "Bảng số liệu", columns: [{label: "Kỳ", value: (d) => formatPeriod(d.period)}, …]})}
 */

import {catalogue} from "../lib/cchc.js";

/** tableDetails(rows, {summary, columns: [{label, value(row) → string, align}]}) → <details class="table-details">; `summary` defaults to the catalogue's word for "data table". */
export function tableDetails(rows, {summary = catalogue("vi").components.table, columns}) {
  const details = document.createElement("details");
  details.className = "table-details";
  const s = document.createElement("summary");
  s.textContent = summary;
  const scroller = document.createElement("div");
  scroller.className = "table-details-scroll";
  // The table is built when first opened: a closed table costs nothing when a page re-draws.
  const build = () => {
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const column of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = column.label;
      if (column.align) th.style.textAlign = column.align;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const column of columns) {
        const td = tr.insertCell();
        const value = column.value(row);
        td.textContent = value === null || value === undefined ? "–" : String(value);
        if (column.align) td.style.textAlign = column.align;
      }
    }
    scroller.append(table);
  };
  details.addEventListener("toggle", () => details.open && scroller.childElementCount === 0 && build());
  details.append(s, scroller);
  return details;
}
