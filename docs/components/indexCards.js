/**
 * The pieces /pci and /ddci lay their cards out with: a card (title, sample badge, note, a
 * one-sentence summary, the chart, notes, the table behind it folded in a <details>, source),
 * a chart with its download buttons, the language switch, and the sentence that reads a yearly
 * series against the year before in words (never "Đạt" without a target). All words come from
 * the catalogue; text from data is set by htl, so it is escaped.
 *
 *   ${indexCard({title, sample, note, summary, body: resize((width) => withDownloads(chart(width), options)), table, source, lang})}
 */
import {html} from "npm:htl";
import {catalogue, formatNumber} from "../lib/cchc.js";
import {downloadButtons} from "./downloads.js";
import {sampleBadge} from "./labels.js";

/** indexCard({title, sample, note, summary, body, notes, table, source, className, indicator, testId, lang}) → <div class="card">. */
export function indexCard({title, sample = false, note = "", summary = "", body = "", notes = [], table = null, source = "", className = "", indicator, testId, lang = "vi"}) {
  const words = catalogue(lang).pci.chart;
  const card = html`<div class="card ${className}">
    <h2>${title} ${sampleBadge(sample, lang)}</h2>
    ${note ? html`<h3>${note}</h3>` : ""}
    ${summary ? html`<p class="chart-summary">${summary}</p>` : ""}
    ${body}
    ${notes.filter(Boolean).map((n) => html`<p class="chart-source">${n}</p>`)}
    ${table ? html`<details><summary>${table.summary ?? words.table}</summary>${table.node}</details>` : ""}
    ${source}
  </div>`;
  if (indicator) card.dataset.indicator = indicator;
  if (testId) card.dataset.testid = testId;
  return card;
}

/** A chart and its download buttons (CSV, PNG, SVG) with the provenance the shared downloads draw in. */
export function withDownloads(chart, options) {
  return html`<div>${chart}${downloadButtons(chart, options)}</div>`;
}

/** The link to the other language, keeping the rest of the address. */
export function langSwitch(lang) {
  const params = new URLSearchParams(location.search);
  if (lang === "en") params.delete("lang");
  else params.set("lang", "en");
  const query = params.toString();
  return html`<p class="no-print lang-switch"><a href="${location.pathname}${query ? `?${query}` : ""}">${catalogue(lang).pci.chart.otherLang}</a></p>`;
}

/**
 * The sentence under a yearly chart from `yearTrend` (src/views): latest value, change on the
 * year before in words, best and worst year. `rankOf` turns it into a rank sentence.
 */
export function trendSentence(trend, {unit, rankOf, digits = 2, lang = "vi"}) {
  const words = catalogue(lang).pci.chart;
  if (trend === null) return words.noTrend(unit);
  const f = (v) => formatNumber(Math.abs(v), {digits: rankOf ? 0 : digits, lang});
  const since = trend.previous?.period ?? "";
  const change =
    trend.change === null
      ? words.firstYear
      : rankOf
        ? trend.change === 0 ? words.rankSame(since) : trend.direction === "better" ? words.rankUp(f(trend.change), since) : words.rankDown(f(trend.change), since)
        : trend.change === 0 ? words.scoreSame(since) : trend.change > 0 ? words.scoreUp(f(trend.change), since) : words.scoreDown(f(trend.change), since);
  return rankOf
    ? words.rankTrend(unit, trend.latest.period, f(trend.latest.value), String(rankOf), change, f(trend.best.value), trend.best.period)
    : words.scoreTrend(unit, trend.latest.period, f(trend.latest.value), change, f(trend.best.value), trend.best.period, f(trend.worst.value), trend.worst.period);
}
