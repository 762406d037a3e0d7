/**
 * Tables of the communication plan page (/plan), plain HTML so they print whole on A4: the task
 * table, the communes × recurring duties matrix, the agency ledger and the communes × targets
 * table. Every status is a symbol and a word as well as a colour; text from data goes through
 * htl templates or textContent (escaped), never string-built HTML.
 */
import {html} from "npm:htl";
import {catalogue, compareUnitNames, formatEvidence, formatNumber, formatPeriod, inLanguage} from "../lib/cchc.js";
import {progressBadge, progressLabel, progressSymbol} from "./progressBadge.js";

function text(lang) {
  return catalogue(lang).plan.tables;
}

/** "T6/2024, T7/2024" for the periods of the slots that are over and were not met. */
function missedPeriods(slots, lang) {
  return slots
    .filter((s) => s.ended && !s.met)
    .map((s) => formatPeriod(s.period, lang))
    .join(", ");
}

/** One line of evidence for a duty: "37/48 lượt · thiếu 11"; per commune, with the communes on schedule. */
function evidenceLine(d, lang) {
  const t = text(lang);
  const extra = [];
  if ((d.status === "behind" || d.status === "not-started") && d.evidence.expectedByNow > d.evidence.done) extra.push(t.short(formatNumber(d.evidence.expectedByNow - d.evidence.done, {lang})));
  if (d.communes !== null) extra.push(t.communesOnSchedule(formatNumber(d.communes.onSchedule, {lang}), formatNumber(d.communes.owing, {lang})));
  return html`<span class="plan-evidence">${formatEvidence(d, lang)}</span>${extra.length ? html` <span class="plan-muted">· ${extra.join(" · ")}</span>` : ""}`;
}

/**
 * taskTable(rows, {lang, agencyName}) → <table>: one row per task (planTaskTable), with its
 * status badge and, per duty, the evidence ("37/48 lượt", "46/48 xã·quý · 10/12 xã đạt tiến độ").
 */
export function taskTable(rows, {lang = "vi", agencyName = String} = {}) {
  const t = text(lang);
  return html`<table class="plan-table plan-tasks plan-stack">
    <thead><tr><th scope="col" class="num">${t.number}</th><th scope="col">${t.task}</th><th scope="col">${t.lead}</th><th scope="col">${t.status}</th><th scope="col">${t.evidence}</th></tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr data-task=${r.task} data-status=${r.status}>
        <td class="num">${r.task}</td>
        <td><span class="plan-task-title">${inLanguage(r, "title", lang)}</span>
          <span class="plan-muted plan-schedule">${t.schedule}: ${inLanguage({scheduleVi: r.scheduleVi.join("; "), scheduleEn: [...new Set(r.duties.map((d) => d.nameEn))].join("; ")}, "schedule", lang)}</span></td>
        <td data-label=${t.lead}>${r.leads.map(agencyName).join("; ")}</td>
        <td data-label=${t.status}>${progressBadge(r.status, {lang, late: r.duties.some((d) => d.late)})}</td>
        <td data-label=${t.evidence}>${
          r.duties.length === 1
            ? evidenceLine(r.duties[0], lang)
            : r.duties.map(
                (d) => html`<div class="plan-duty" data-duty=${d.dutyId}><span class="plan-duty-status" title=${progressLabel(d.status, lang)}>${progressSymbol(d.status)}</span> <span class="plan-duty-name">${d.item} · ${inLanguage(d, "name", lang)}:</span> ${evidenceLine(d, lang)}</div>`
              )
        }</td>
      </tr>`
    )}</tbody>
  </table>`;
}

/**
 * dutyMatrixTable(rows, {duties, unitName, lang}) → <table>: communes × duties owed by every
 * commune (dutyMatrix), each cell coloured by status with its symbol, word, evidence ("3/4 quý")
 * and the periods missed; communes in Vietnamese order; a last row counts communes on schedule.
 */
export function dutyMatrixTable(rows, {duties, unitName = String, lang = "vi"}) {
  const t = text(lang);
  const sorted = [...rows].sort((a, b) => compareUnitNames(unitName(a.unitId), unitName(b.unitId)));
  const byId = new Map(duties.map((d) => [d.id, d]));
  const columns = rows[0]?.cells.map((c) => c.dutyId) ?? duties.map((d) => d.id);
  return html`<table class="plan-table plan-matrix">
    <thead><tr><th scope="col">${t.commune}</th>${columns.map((id) => {
      const d = byId.get(id);
      return html`<th scope="col" data-duty=${id}>${d?.item ?? id} · ${d ? inLanguage(d, "name", lang) : ""}</th>`;
    })}</tr></thead>
    <tbody>${sorted.map(
      (r) => html`<tr data-unit=${r.unitId}><th scope="row">${unitName(r.unitId)}</th>${r.cells.map((c) => {
        const missed = missedPeriods(c.slots, lang);
        const evidence = c.evidence === null ? "" : formatEvidence({evidence: c.evidence, of: c.of, perCommune: false}, lang);
        return html`<td class=${`plan-cell cell-${c.status ?? "none"}`} data-duty=${c.dutyId} data-status=${c.status ?? "none"}>
          ${progressBadge(c.status, {lang})}
          <span class="plan-evidence">${evidence}</span>
          ${missed ? html`<span class="plan-missed">${t.missed}: ${missed}</span>` : ""}
        </td>`;
      })}</tr>`
    )}</tbody>
    <tfoot><tr><th scope="row">${t.onSchedule}</th>${columns.map((id) => {
      const cells = rows.map((r) => r.cells.find((c) => c.dutyId === id)).filter((c) => c && c.status !== null);
      return html`<td>${cells.filter((c) => c.status === "done" || c.status === "on-track").length}/${cells.length}</td>`;
    })}</tr></tfoot>
  </table>`;
}

/**
 * ledgerTable(entries, {lang}) → <table>: per agency that leads something (agencyLedger),
 * the items it leads with their status symbols, its overall status, and what it reported (on the
 * items it leads / in total). Groups ("UBND các xã, thị trấn") count their members' reports.
 */
export function ledgerTable(entries, {lang = "vi"} = {}) {
  const t = text(lang);
  return html`<table class="plan-table plan-ledger plan-stack">
    <thead><tr><th scope="col">${t.agency}</th><th scope="col">${t.leads}</th><th scope="col">${t.status}</th><th scope="col" class="num">${t.onLed}</th><th scope="col" class="num">${t.total}</th><th scope="col">${t.coordinates}</th></tr></thead>
    <tbody>${entries.map(
      (e) => html`<tr data-agency=${e.agencyId}>
        <th scope="row">${inLanguage(e, "name", lang)}${e.kind === "group" ? html` <span class="plan-muted">(${t.group})</span>` : ""}</th>
        <td data-label=${t.leads}>${e.leads.length === 0 ? "–" : e.leads.map(
          (l) => html`<span class=${`plan-chip cell-${l.status}`} title=${`${progressLabel(l.status, lang)}; ${t.reportedHere(formatNumber(l.deliveredByAgency, {lang}))}`}>${l.item} ${progressSymbol(l.status)}</span> `
        )}</td>
        <td data-label=${t.status}>${e.status === null ? "–" : progressBadge(e.status, {lang})}</td>
        <td class="num" data-label=${t.onLed}>${formatNumber(e.deliveredOnLed, {lang})}</td>
        <td class="num" data-label=${t.total}>${formatNumber(e.delivered, {lang})}</td>
        <td data-label=${t.coordinates}>${e.coordinates.length ? e.coordinates.join(", ") : "–"}</td>
      </tr>`
    )}</tbody>
  </table>`;
}

const TARGET_STATE = {met: {symbol: "✓"}, "not-met": {symbol: "✕"}, unknown: {symbol: "?"}, missing: {symbol: "○"}, "n/a": {symbol: "–"}};

/** "✓ đạt · ✕ chưa đạt · ? chưa đủ số liệu · ○ chưa báo cáo · – không áp dụng". */
export function targetStateLegend(lang = "vi") {
  return Object.entries(TARGET_STATE)
    .map(([state, s]) => `${s.symbol} ${targetStateLabel(state, lang).toLowerCase()}`)
    .join(" · ");
}

/** The word for a target cell state, for CSV files. */
export function targetStateLabel(state, lang = "vi") {
  const words = catalogue(lang).plan.targetState;
  return words[state] ?? words["n/a"];
}

/**
 * targetUnitTable(rows, {targets, unitName, lang}) → <table>: units × targets (targetsByUnit),
 * each cell a strip of quarter symbols (✓ ✕ ? ○ –), coloured, the quarter and the measures in
 * the tooltip. The district first, then communes in Vietnamese order.
 */
export function targetUnitTable(rows, {targets, unitName = String, unitLevel = () => "commune", lang = "vi"}) {
  const t = text(lang);
  const sorted = [...rows].sort((a, b) => (unitLevel(a.unitId) === "district" ? -1 : unitLevel(b.unitId) === "district" ? 1 : compareUnitNames(unitName(a.unitId), unitName(b.unitId))));
  const quarters = rows[0]?.targets[0]?.quarters.map((c) => c.quarter) ?? [];
  const quarterNote = quarters.length ? `${formatPeriod(quarters[0], lang)} – ${formatPeriod(quarters[quarters.length - 1], lang)}` : "";
  return html`<table class="plan-table plan-targets">
    <thead><tr><th scope="col">${t.unit}<br><span class="plan-muted">${t.quarters}: ${quarterNote}</span></th>${targets.map(
      (target) => html`<th scope="col" data-target=${target.id}>${target.id}. ${inLanguage(target, "title", lang)}</th>`
    )}</tr></thead>
    <tbody>${sorted.map(
      (r) => html`<tr data-unit=${r.unitId}><th scope="row">${unitName(r.unitId)}</th>${r.targets.map(
        (cell) => html`<td class="plan-quarters">${cell.quarters.map((q) => {
          const s = TARGET_STATE[q.state];
          const measures = q.measures.map((m) => `${m.measure}: ${formatNumber(m.numerator, {lang})}/${formatNumber(m.denominator, {lang})}`).join(", ");
          return html`<span class=${`plan-q state-${q.state}`} title=${`${formatPeriod(q.quarter, lang)}: ${targetStateLabel(q.state, lang)}${measures ? ` (${measures})` : ""}`}>${s.symbol}</span>`;
        })}</td>`
      )}</tr>`
    )}</tbody>
  </table>`;
}

/**
 * plainTable(rows, columns) → <table>: the table alternative to a chart (inside a <details>).
 * `columns`: [{header, value: (row) => text, num: true for right-aligned numbers}].
 */
export function plainTable(rows, columns) {
  return html`<table class="plan-table plan-plain">
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.num ? "num" : ""}>${c.header}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${columns.map((c) => html`<td class=${c.num ? "num" : ""}>${c.value(r)}</td>`)}</tr>`)}</tbody>
  </table>`;
}
