/**
 * Source and data date under an /explore result (nguồn số liệu): for each published table the
 * query read, the datasets behind it, whether they hold sample figures, and how recent they are.
 *
 *   exploreSourceLine(tablesMentioned(sql, TABLES), metas, lang)
 */
import {html} from "npm:htl";
import {catalogue, formatNumber, formatPeriod, inLanguage} from "../lib/cchc.js";
import {sampleBadge} from "./labels.js";

const REFERENCE_TABLES = new Set(["units", "indicators", "lineage"]);

/** metas: every registered dataset's meta.json by id (loadMetas() of docs/lib/datasets.js). */
export function exploreSourceLine(tables, metas, lang = "vi") {
  const t = catalogue(lang).explore;
  const parts = [];
  const dataset = (id) => {
    const meta = metas[id];
    if (!meta || meta.sources.length === 0) return null;
    return t.sourceThrough(inLanguage(meta, "title", lang), meta.sample ? t.sourceSample : t.sourceReal, periodText(meta.dataThrough, lang));
  };
  if (tables.includes("observations")) parts.push(...Object.keys(metas).filter((id) => id !== "plan").map(dataset).filter(Boolean));
  if (tables.includes("plan_reports")) parts.push(dataset("plan") ?? t.sourcePlanNone);
  if (tables.some((name) => REFERENCE_TABLES.has(name))) parts.push(t.sourceReference);
  if (parts.length === 0) parts.push(t.sourceNone);
  return html`<div class="chart-source">${t.source}: ${parts.join("; ")}. ${t.sourceDuckdb}</div>`;
}

function periodText(period, lang) {
  if (!period) return "–";
  try {
    return formatPeriod(period, lang);
  } catch {
    return period;
  }
}

/**
 * The tables a reader can query, as DuckDB sees them (columns and types), with row counts and
 * the sample badge; a promise of the <details> element (an empty span if DuckDB could not start).
 */
export function exploreTableList(database, notes, lang = "vi") {
  const t = catalogue(lang).explore;
  return database.ready.then(async (db) => {
    const columns = await db.client.query("SELECT table_name, column_name, data_type FROM information_schema.columns ORDER BY table_name, ordinal_position");
    const byTable = new Map();
    for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), `${c.column_name} ${c.data_type}`]);
    return html`<details class="explore-tables no-print"><summary>${t.tablesSummary}</summary><dl>${notes.map(
      (n) => html`<dt><code>${n.name}</code> · ${t.rows(formatNumber(db.rowCounts.get(n.name) ?? null, {lang}))}${db.sampleTables.has(n.name) ? html` ${sampleBadge(true, lang)}` : ""}</dt>
    <dd>${n[lang] ?? n.vi}<br><small><code>${(byTable.get(n.name) ?? []).join(", ")}</code></small></dd>`
    )}</dl></details>`;
  }, () => html`<span></span>`);
}
