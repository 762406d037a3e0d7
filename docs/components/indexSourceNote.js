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
import {catalogue, formatNumber, formatPeriod} from "../lib/cchc.js";
import {sourceLink} from "./sourceLink.js";

/**
 * indexSourceNote(meta, {kinds, credit, lang}) → <div class="chart-source">. `meta` is a
 * dataset's meta.json; `kinds` the registered sources of reference.json (their titles name
 * each file's kind); `credit` is added after the real sources (e.g. "© VCCI").
 */
export function indexSourceNote(meta, {kinds = [], credit = "", lang = "vi"} = {}) {
  const words = catalogue(lang).pci.chart;
  const titleOf = new Map(kinds.map((k) => [k.kind, lang === "en" && k.titleEn ? k.titleEn : k.titleVi]));
  const real = meta.sources.filter((s) => !s.sample);
  const sample = meta.sources.filter((s) => s.sample);
  // "năm 2023" mid-sentence (formatPeriod writes "Năm 2023", a label's capital).
  const through = !meta.dataThrough ? "–" : /^\d{4}$/.test(meta.dataThrough) ? words.yearInSentence(meta.dataThrough) : formatPeriod(meta.dataThrough, lang);
  const items = real.map(
    (s) => html`<span>${titleOf.get(s.kind) ?? s.kind} — ${s.file}${s.sourceUrl ? html` (${sourceLink(s.sourceUrl)})` : ""}</span>`
  );
  if (sample.length) items.push(html`<span>${words.sampleFiles(formatNumber(sample.length, {lang}))}</span>`);
  return html`<div class="chart-source">${words.source}: ${items.length ? join(items) : "–"}${credit ? `; ${credit}` : ""}. ${words.dataThrough} ${through}.</div>`;
}

function join(items) {
  return items.flatMap((item, i) => (i === 0 ? [item] : ["; ", item]));
}
