/**
 * Parts of a commune's page (/communes/<id>) that only lay out what communeProfile() computed:
 * what the unit became or came from, the year-to-date answer (a sentence and a card pair), its
 * strengths and weaknesses, and one chart card per indicator. Words come from the catalogue
 * section `communes` (`t`); names are set as text, never parsed as HTML.
 */
import {html} from "npm:htl";
import {formatDate, formatPeriod, percentAsShown} from "../lib/cchc.js";
import {compareChart, valueFormatter} from "./compareChart.js";
import {downloadButtons} from "./downloads.js";
import {sampleBadge, sourceLine} from "./labels.js";
import {tableDetails} from "./tableDetails.js";

const list = (items) => items.flatMap((item, i) => (i === 0 ? [item] : [", ", item]));

/** What `id` became at the reorganisations, or came from: links to those communes' pages (`unitRef`). */
export function lineageBlock(id, {lineage, t, lang, unitRef, note}) {
  const day = (iso) => formatDate(iso, lang);
  const successors = lineage.filter((l) => l.oldId === id);
  const predecessors = lineage.filter((l) => l.newId === id);
  return html`<div class="lineage">
    ${successors.map((l) => {
      const siblings = lineage.filter((s) => s.newId === l.newId && s.fromDate === l.fromDate && s.oldId !== id).map((s) => unitRef(s.oldId));
      return html`<p class="lineage-successor">${t.became(day(l.fromDate))} <strong>${unitRef(l.newId)}</strong>${siblings.length ? html` ${t.becameWith} ${list(siblings)}` : ""}.</p>`;
    })}
    ${[...new Set(predecessors.map((l) => l.fromDate))].map((date) => html`<p class="lineage-predecessors">${t.cameFrom(day(date))} ${list(predecessors.filter((l) => l.fromDate === date).map((l) => unitRef(l.oldId)))}.</p>`)}
    ${note ? html`<p class="chart-source">${note}</p>` : ""}
  </div>`;
}

/**
 * The year-to-date answer: one sentence (is the unit ahead of the area this year, and better than
 * the same months last year?), a card pair with the two differences, and every ranked indicator
 * in a table. `rows` are communeYearToDate() rows; the first is the sentence's indicator.
 */
export function yearToDateBlock(rows, {t, lang, unitName, areaName, indicatorById}) {
  if (rows.length === 0) return html`<p class="muted">${t.ytdNone}</p>`;
  const nameOf = (id) => indicatorById.get(id)[t.indicatorName];
  const level = (r) => valueFormatter(indicatorById.get(r.indicator), {lang});
  const change = (r) => valueFormatter(indicatorById.get(r.indicator), {lang, mode: "change"});
  const word = (better) => t.ytdCompare[better === true ? "ahead" : better === false ? "behind" : "unknown"];
  const lead = rows[0];
  const span = t.ytdSpan(Number(lead.through.slice(5)), lead.through.slice(0, 4));
  const v = (r, key) => level(r)(r[key]?.value ?? null);
  const card = (title, diff, better, note) =>
    html`<div class="card ytd-card" data-testid="ytd-card"><h3>${title}</h3><p class="big ${better === true ? "ytd-ahead" : better === false ? "ytd-behind" : ""}">${diff}</p><p class="muted">${note}</p></div>`;
  return html`<div class="ytd" data-testid="ytd">
    <h2>${t.ytdTitle(span)}</h2>
    <p class="ytd-sentence" data-testid="ytd-sentence">${t.ytdSentence(unitName, nameOf(lead.indicator), span, v(lead, "unit"), lead.vsArea === 0 ? t.ytdCompare.level : word(lead.aheadOfArea), areaName, v(lead, "area"), lead.vsLastYear === 0 ? t.ytdCompare.level : word(lead.betterThanLastYear), v(lead, "unitLastYear"))}</p>
    <div class="grid grid-cols-2">
      ${card(t.ytdVsArea(areaName), change(lead)(lead.vsArea), lead.aheadOfArea, t.ytdCardNote(v(lead, "unit"), v(lead, "area")))}
      ${card(t.ytdVsLastYear, change(lead)(lead.vsLastYear), lead.betterThanLastYear, t.ytdCardNote(v(lead, "unit"), v(lead, "unitLastYear")))}
    </div>
    ${tableDetails(rows, {
      summary: t.tableData,
      columns: [
        {label: t.ytdColumns.indicator, value: (r) => nameOf(r.indicator)},
        {label: t.ytdColumns.unit, value: (r) => v(r, "unit"), align: "right"},
        {label: t.ytdColumns.area, value: (r) => v(r, "area"), align: "right"},
        {label: t.ytdColumns.lastYear, value: (r) => v(r, "unitLastYear"), align: "right"},
        {label: t.ytdColumns.vsArea, value: (r) => change(r)(r.vsArea), align: "right"},
        {label: t.ytdColumns.vsLastYear, value: (r) => change(r)(r.vsLastYear), align: "right"}
      ]
    })}
  </div>`;
}

/** Strengths and weaknesses: two lists of indicators with rank and value. */
export function standingLists(standing, {t, lang, indicatorById}) {
  const item = (s, symbol) =>
    html`<li><span aria-hidden="true">${symbol}</span> ${indicatorById.get(s.indicator)[t.indicatorName]}: ${t.rankLine(s.rank, s.of, valueFormatter(indicatorById.get(s.indicator), {lang})(s.value))}</li>`;
  const block = (title, items, none, symbol) => html`<div class="standing-list"><h4>${title}</h4>${items.length ? html`<ul>${items.map((s) => item(s, symbol))}</ul>` : html`<p class="muted">${none}</p>`}</div>`;
  const unranked = standing.all.filter((s) => s.standing === "unranked");
  return html`${block(t.strengths, standing.strengths, t.noneStrong, "▲")}${block(t.weaknesses, standing.weaknesses, t.noneWeak, "▼")}${
    unranked.length ? html`<p class="chart-source">${t.unranked}: ${unranked.map((s) => indicatorById.get(s.indicator)[t.indicatorName]).join("; ")}.</p>` : ""
  }<p class="chart-source">${t.countNotRanked}</p>`;
}

/** One indicator of the unit against the area: chart, download (with provenance), table and source; `resize` is the page's. */
export function indicatorCard(indicator, {resize, id, rows, reference, against, t, lang, meta, unitName, colors, partial, reorganisation, provenance}) {
  const format = valueFormatter(indicator, {lang});
  const name = indicator[t.indicatorName];
  const isShare = indicator.unit === "share";
  const valueOf = new Map(reference.map((o) => [o.period, o.value]));
  const own = new Map(rows.map((o) => [o.period, o.value]));
  const periods = rows.filter((o) => o.value !== null || valueOf.has(o.period)).map((o) => o.period);
  return html`<div class="card indicator-card">
    <h2>${name} ${sampleBadge(meta.sample, lang)}</h2>
    <h3>${t.cardSubtitle(unitName(id), against, indicator.target !== null ? format(indicator.target) : null)}</h3>
    ${resize((width) => {
      const chart = compareChart(rows, {width, indicator, indicatorName: name, unitName, units: [id], colors, reference, referenceName: against, target: indicator.target, partial, reorganisation, lang});
      return html`<div>${chart}${downloadButtons(chart, {
        rows: rows.concat(reference),
        columns: [
          {header: t.columns.unit, value: (d) => (d.unitId === id ? unitName(id) : against)},
          {header: t.unitId, key: "unitId"},
          {header: t.period, value: (d) => formatPeriod(d.period, lang)},
          {header: isShare ? t.valueShare : t.value, value: (d) => (isShare ? percentAsShown(d.value) : d.value)},
          {header: t.numerator, key: "numerator"},
          {header: t.denominator, key: "denominator"}
        ],
        filename: `${id}-${indicator.id}`,
        title: `${unitName(id)}: ${name}`,
        lang,
        provenance: {...provenance, units: isShare ? t.unitsShare : t.unitsCount}
      })}</div>`;
    })}
    ${tableDetails(periods, {
      summary: t.tableData,
      columns: [
        {label: t.period, value: (p) => formatPeriod(p, lang)},
        {label: unitName(id), value: (p) => format(own.get(p) ?? null), align: "right"},
        {label: against, value: (p) => format(valueOf.get(p) ?? null), align: "right"}
      ]
    })}
    ${sourceLine(meta, lang)}
  </div>`;
}
