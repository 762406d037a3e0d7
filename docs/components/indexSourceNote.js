/**
 * Source and data date under a chart of a yearly index (PCI, DDCI, PAPI): which files and
 * published pages the figures come from, who owns them, and the last year — real sources
 * named one by one with their address, generated sample files summed up as "dữ liệu mẫu".
 *
 *   ${indexSourceNote(meta, {kinds: ref.sources, credit: "© VCCI", lang})}
 *
 * Text from data is set by htl, so it is escaped; only an http(s) address becomes a link.
 */
import {html} from "npm:htl";
import {formatPeriod} from "../lib/cchc.js";
import {sourceLink} from "./sourceLink.js";

/**
 * indexSourceNote(meta, {kinds, credit, lang}) → <div class="chart-source">. `meta` is a
 * dataset's meta.json; `kinds` the registered sources of reference.json (their titles name
 * each file's kind); `credit` is added after the real sources (e.g. "© VCCI").
 */
export function indexSourceNote(meta, {kinds = [], credit = "", lang = "vi"} = {}) {
  const vi = lang !== "en";
  const titleOf = new Map(kinds.map((k) => [k.kind, vi ? k.titleVi : k.titleEn]));
  const real = meta.sources.filter((s) => !s.sample);
  const sample = meta.sources.filter((s) => s.sample);
  // "năm 2023" mid-sentence (formatPeriod writes "Năm 2023", a label's capital).
  const through = !meta.dataThrough ? "–" : /^\d{4}$/.test(meta.dataThrough) ? (vi ? `năm ${meta.dataThrough}` : meta.dataThrough) : formatPeriod(meta.dataThrough, lang);
  const items = real.map(
    (s) => html`<span>${titleOf.get(s.kind) ?? s.kind} — ${s.file}${s.sourceUrl ? html` (${sourceLink(s.sourceUrl)})` : ""}</span>`
  );
  if (sample.length) items.push(html`<span>${vi ? `dữ liệu mẫu sinh tự động (${sample.length} tệp)` : `generated sample data (${sample.length} files)`}</span>`);
  return html`<div class="chart-source">${vi ? "Nguồn" : "Source"}: ${items.length ? join(items) : "–"}${credit ? `; ${credit}` : ""}. ${
    vi ? "Số liệu đến" : "Data through"
  } ${through}.</div>`;
}

function join(items) {
  return items.flatMap((item, i) => (i === 0 ? [item] : ["; ", item]));
}
