/**
 * The dossier-journey pages (/online-services, /postal) as one component, parameterised by the
 * journey kind ("online" | "postal"). The page is a short notebook:
 *
 *   const setup = journeySetup(ref, meta, counts);                          // data
 *   const langInput = journeyLangInput(setup, invalidation);              // inputs, bound to the URL
 *   const {periodInput, viewInput} = journeyInputs(setup, lang, invalidation);
 *   const unitsInput = journeyUnitsInput(setup, lineage, lang, invalidation);
 *   ${journeyCards(setup, {kind, lang, period, lineage, resize})}         // layout
 *   ${journeyTrendCard(setup, {kind, lang, lineage, picked, unitsInput, resize})}
 *
 * What is shown is computed by the pure views in src/views (journeyView, journeyTrend,
 * journeyLaggards, journeyYearOnYear) from the published counts (data/tthc/counts.arrow);
 * every word comes from the catalogue section `journey`. Defaults are the present: the latest
 * complete month and the units of its time (journeyLineage).
 */
import * as Inputs from "npm:@observablehq/inputs";
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {
  addMonths, areaTotalName, areaUnits, areaWords, catalogue, completePeriods, countsInSuccessorView, formatChange, formatNumber, formatPercent, formatPeriod,
  formatTimeTick, grainOf, JOURNEY_MEASURES, journeyLaggards, journeyLineage, journeyTrend, journeyView, journeyYearOnYear, percentAsShown, periodAtGrain,
  perThousandInhabitants, unitColors, unitLabels, unitPopulations
} from "../lib/cchc.js";
import {channelBars} from "./channelBars.js";
import {dotRows} from "./dotRows.js";
import {downloadButtons} from "./downloads.js";
import {journeyFunnel} from "./journeyFunnel.js";
import {stepName} from "./journeyText.js";
import {sampleBadge, sourceLine} from "./labels.js";
import {periodPicker} from "./periodPicker.js";
import {plainTable} from "./plainTable.js";
import {unitPicker} from "./unitPicker.js";
import {bindUrlState, readUrlState} from "./urlState.js";

const GRAINS = ["month", "quarter", "year"];

/** The data every part of the page shares: the area's units, the period choices and the URL schema (defaults: the present). */
export function journeySetup(ref, meta, counts) {
  const area = ref.area;
  const ids = areaUnits(area, ref.units, ref.lineage);
  const choices = Object.fromEntries(GRAINS.map((g) => [g, completePeriods(meta.dataFrom, meta.dataThrough, g)]));
  const latest = choices.month.at(-1) ?? choices.quarter.at(-1);
  const byView = {
    old: counts,
    new: countsInSuccessorView(counts, ref.units, ref.lineage, {asOf: area.successorsFrom, coveredUnits: ids.all})
  };
  const viewIds = {old: [...new Set(counts.map((c) => c.unitId))], new: [...new Set(byView.new.map((c) => c.unitId))]};
  const urlPeriod = readUrlState({period: {kind: "enum", values: GRAINS.flatMap((g) => choices[g]), default: latest}}).period;
  const schema = {
    period: {kind: "enum", values: GRAINS.flatMap((g) => choices[g]), default: latest},
    grain: {kind: "enum", values: GRAINS, default: grainOf(latest)},
    units: {kind: "ids", values: [...new Set([...viewIds.old, ...ids.new])], default: [...area.defaultUnits.journey, ...ids.new]},
    // the units of the period's time unless the URL says otherwise: successors for a period reaching them
    view: {kind: "enum", values: ["old", "new"], default: journeyLineage(urlPeriod, area.successorsFrom)},
    lang: {kind: "enum", values: ["vi", "en"], default: "vi"}
  };
  return {ref, meta, area, ids, choices, byView, viewIds, schema, colors: unitColors(ids.all, ids.new), populations: unitPopulations(ref.units, ref.lineage, {coveredUnits: ids.all})};
}

/** The language switch (Tiếng Việt / English), kept in the URL. */
export function journeyLangInput(setup, invalidation) {
  const input = Inputs.radio(["vi", "en"], {label: `${catalogue("vi").common.language} / ${catalogue("en").common.language}`, value: readUrlState(setup.schema).lang, format: (d) => (d === "vi" ? "Tiếng Việt" : "English")});
  bindUrlState({lang: input}, setup.schema, {invalidation});
  return input;
}

/** The period picker and the choice of units (old communes or the successors), kept in the URL. */
export function journeyInputs(setup, lang, invalidation) {
  const T = text(setup, lang);
  const {choices, schema} = setup;
  const grainGiven = () => new URLSearchParams(location.search).has("grain");
  const now = readUrlState(schema);
  const periodInput = periodPicker(choices, {value: grainGiven() ? periodAtGrain(now.period, now.grain, choices[now.grain]) : now.period, lang});
  const viewInput = Inputs.radio(["old", "new"], {label: T.view, value: now.view, format: (d) => T.views[d]});
  bindUrlState(
    {period: periodInput, grain: {input: periodInput, toUrl: grainOf, fromUrl: (g) => (grainGiven() ? periodAtGrain(periodInput.value, g, choices[g]) : undefined)}, view: viewInput},
    schema,
    {invalidation}
  );
  return {periodInput, viewInput};
}

/** The communes drawn on the trend chart; units of the other view in the URL stay there, unshown. */
export function journeyUnitsInput(setup, lineage, lang, invalidation) {
  const ids = setup.viewIds[lineage];
  const inView = (list) => list.filter((id) => ids.includes(id));
  const fromUrl = (list) => (inView(list).length ? inView(list) : undefined);
  const T = text(setup, lang);
  const input = unitPicker(ids, {label: T.units, format: T.unitName, value: fromUrl(readUrlState(setup.schema).units) ?? inView(setup.schema.units.default), lang});
  bindUrlState({units: {input, fromUrl}}, setup.schema, {invalidation});
  return input;
}

/** The page's words in one language: the catalogue's, with the area's names filled in. */
export function text(setup, lang) {
  const {ref, area} = setup;
  const T = catalogue(lang).journey;
  const words = areaWords(area, ref.units, ref.lineage, lang);
  const oldTotal = areaTotalName(area, ref.units, addMonths(area.successorsFrom.slice(0, 7), -1), lang);
  const labels = unitLabels(ref.units, lang);
  return {
    ...T,
    views: {old: T.viewOld(String(words.oldCount), words.lastOld), new: T.viewNew(String(words.newCount))},
    straddleText: T.straddle(words.day, String(words.newCount)),
    partialText: words.partialNames ? T.partialNote(words.partialNames, words.name, words.first) : "",
    lagNoneText: T.lagNone(words.day, String(words.newCount)),
    reference: {old: T.refOld(oldTotal, words.lastOld), new: T.refNew(words.name)},
    unitName: (id) => (id === "total" ? T.total : labels.get(id) ?? id)
  };
}

const fmtNum = (lang) => (v) => formatNumber(v, {lang});
const fmtPct = (lang) => (v) => formatPercent(v, {lang});

/** What the downloads write into their images and CSVs about where the figures come from. */
function provenance(setup, T, lang, period, units = T.provUnits) {
  const {meta} = setup;
  return {units, period, source: `${T.sourceReports} (${meta.sources.length})`, dataDate: formatPeriod(meta.dataThrough, lang), sample: meta.sample};
}

/** CSV columns of journey rows: ids, names, the kind's counts, then each share (as shown, "(%)") after its counts. */
function csvColumns(kind, T, name, extra = []) {
  const {counts, shares} = JOURNEY_MEASURES[kind];
  return [
    {header: T.unitId, key: "unitId"},
    {header: T.unit, value: name},
    {header: T.period, key: "period"},
    ...[...new Set([...counts, ...shares.flatMap((s) => [s.numerator, s.denominator])])].map((key) => ({header: T[key], key})),
    ...shares.map((s) => ({header: T.asCsvShare(T[s.key]), value: (j) => percentAsShown(j.shares?.[s.key] ?? null)})),
    ...extra
  ];
}

function card(title, note, sample, lang, ...content) {
  return html`<div class="card"><h2>${title} ${sampleBadge(sample, lang)}</h2>${note ? html`<h3>${note}</h3>` : ""}${content}</div>`;
}

function details(T, rows, columns) {
  return html`<details><summary>${T.tableAlt}</summary>${plainTable(rows, {columns})}</details>`;
}

/** The period's cards: headline funnel (with the year to date), units by channel or postal shares, the table, per 1,000 inhabitants (postal). */
export function journeyCards(setup, {kind, lang, period, lineage, resize}) {
  const {meta, ref, area} = setup;
  const T = text(setup, lang);
  const num = fmtNum(lang);
  const pct = fmtPct(lang);
  const view = journeyView({kind, counts: setup.byView[lineage], period, unitIds: setup.viewIds[lineage], units: ref.units, lineage, successorsFrom: area.successorsFrom, unitName: T.unitName});
  const periodText = formatPeriod(period, lang);
  const rowName = (j) => (j.partial && j.unitId !== "total" ? `${T.unitName(j.unitId)} (${T.partial})` : T.unitName(j.unitId));
  // per 1,000 inhabitants (postal): divided only by the population of the area the counts cover
  const reorganised = area.successorsFrom.slice(0, 7);
  const coverage = (j) => (!j.partial ? "whole" : view.yearToDate.to < reorganised ? "part" : "mixed");
  const perK = (j, population, cover) => {
    const sent = perThousandInhabitants(j.receivedPostal, population, cover);
    return {...j, population: sent.population, basis: sent.basis, submitted1000: sent.value, returned1000: perThousandInhabitants(j.returnedPostal, population, cover).value};
  };
  const rows = kind === "postal" ? view.rows.map((j) => perK(j, setup.populations.get(j.unitId), coverage(j))) : view.rows;
  const summed = rows.length && rows.every((j) => j.population !== null) ? rows.reduce((s, j) => s + j.population, 0) : null;
  const basis = rows.every((j) => j.basis === "census-2019") ? "census-2019" : "predecessors";
  const total = kind === "postal" ? perK(view.total, summed === null ? undefined : {population: summed, coveredPopulation: summed, basis}, "whole") : view.total;
  const all = [...rows, total];
  const name = rowName;
  const prov = provenance(setup, T, lang, periodText);
  const perKColumns = kind === "postal" ? [{header: T.population, key: "population"}, {header: T.submit1000, key: "submitted1000"}, {header: T.return1000, key: "returned1000"}] : [];
  const columns = csvColumns(kind, T, name, perKColumns);
  const caption = sourceLine(meta, lang).textContent;
  const buttons = (chart, filename, title, extra = {}) => downloadButtons(chart, {rows: all, columns, filename: `${filename}-${period}`, title, caption, lang, provenance: prov, ...extra});

  if (view.empty) return html`<p class="note">${view.empty === "noUnits" ? T.noUnits(periodText) : T.noReports(periodText)}</p>`;

  // headline: the funnel of the period and the year to date
  const funnelTitle = kind === "online" ? T.onlineFunnel(periodText) : T.postalFunnel(periodText);
  const ytdShares = JOURNEY_MEASURES[kind].shares.filter((s) => s.key !== "fullyOfOnline");
  const ytd = view.yearToDate.total;
  const ytdText = html`<p class="journey-ytd"><strong>${T.ytd(formatPeriod(view.yearToDate.from, lang), formatPeriod(view.yearToDate.to, lang))}:</strong> ${
    ytd.receivedTotal === null ? T.ytdMissing : ytdShares.map((s) => T.ytdShare(pct(ytd.shares[s.key]), T[s.key].replace(/^% /, ""), num(ytd[s.numerator]), num(ytd[s.denominator]))).join(" · ")
  }</p>`;
  const funnelSummary = T.funnelSummary(periodText, view.steps.map((s) => `${stepName(s.key, lang)} ${num(s.count)}`).join(", "));
  const funnel = card(
    funnelTitle, kind === "online" ? T.onlineFunnelNote : T.postalFunnelNote, meta.sample, lang,
    ytdText,
    html`<p class="chart-summary">${funnelSummary}</p>`,
    resize((width) => {
      const chart = journeyFunnel(view.steps, {width, lang, ariaLabel: funnelSummary});
      return html`<div>${chart}${buttons(chart, kind === "online" ? "hanh-trinh-ho-so" : "buu-chinh-cong-ich", funnelTitle, {rows: [total]})}</div>`;
    }),
    details(T, view.steps, [{header: T.step, value: (s) => stepName(s.key, lang)}, {header: T.count, value: (s) => num(s.count), numeric: true}, {header: T.ofPrevious, value: (s) => pct(s.shareOfPrevious), numeric: true}, {header: T.ofTotal, value: (s) => pct(s.shareOfTotal), numeric: true}]),
    sourceLine(meta, lang)
  );

  // units side by side: channels (online) or shares by post (postal)
  const firstShare = JOURNEY_MEASURES[kind].shares[0].key;
  const ranked = rows.filter((j) => j.shares[firstShare] !== null).sort((a, b) => b.shares[firstShare] - a.shares[firstShare]);
  const sideTitle = kind === "online" ? T.byUnit(periodText) : T.shares(periodText);
  const summary = ranked.length > 1 ? (kind === "online" ? T.byUnitSummary : T.sharesSummary)(name(ranked[0]), pct(ranked[0].shares[firstShare]), name(ranked.at(-1)), pct(ranked.at(-1).shares[firstShare])) : "";
  const shareRows = all.map((j) => ({...j, submitShare: j.shares.submitShare, returnShare: j.shares.returnShare}));
  const side = card(
    sideTitle, kind === "online" ? T.byUnitNote : T.sharesNote, meta.sample, lang,
    summary ? html`<p class="chart-summary">${summary}</p>` : "",
    resize((width) => {
      const chart =
        kind === "online"
          ? channelBars([total, ...rows], {width, unitName: (id) => name(all.find((j) => j.unitId === id)), lang})
          : dotRows(shareRows, {width, measures: [{key: "submitShare", label: T.submit}, {key: "returnShare", label: T.return}], format: (v) => formatPercent(v, {digits: 0, lang}), xLabel: null, unitName: (id) => name(all.find((j) => j.unitId === id)), firstId: "total", lang});
      return html`<div>${chart}${buttons(chart, kind === "online" ? "kenh-tiep-nhan" : "ty-le-bcci", sideTitle)}</div>`;
    }),
    details(T, all, [{header: T.unit, value: name}, ...JOURNEY_MEASURES[kind].shares.map((s) => ({header: T[s.key], value: (j) => pct(j.shares[s.key]), numeric: true}))]),
    sourceLine(meta, lang)
  );

  // the table: counts, each share after the counts it is made of
  const tableTitle = kind === "online" ? T.onlineTable(periodText) : T.postalTable(periodText);
  const order = kind === "online"
    ? ["receivedTotal", "receivedOnline", "onlineShare", "receivedFullyOnline", "fullyOfOnline", "fullyShare", "resolved", "resolvedOnTime", "onTimeShare"]
    : ["receivedTotal", "receivedPostal", "submitShare", "resolved", "returnedPostal", "returnShare"];
  const isShare = (key) => JOURNEY_MEASURES[kind].shares.some((s) => s.key === key);
  const tableColumns = [
    {header: T.unit, value: name},
    ...order.map((key) => ({header: T[key], value: (j) => (isShare(key) ? pct(j.shares[key]) : num(j[key])), numeric: true})),
    ...(kind === "postal" ? [{header: T.population, value: (j) => num(j.population), numeric: true, title: (j) => basisName(T, j.basis)}, {header: T.submit1000, value: (j) => formatNumber(j.submitted1000, {digits: 1, lang}), numeric: true}, {header: T.return1000, value: (j) => formatNumber(j.returned1000, {digits: 1, lang}), numeric: true}] : [])
  ];
  const table = card(
    tableTitle, T.tableNote, meta.sample, lang,
    plainTable(all, {className: "journey-table", rowClass: (j) => (j.unitId === "total" ? "total-row" : null), columns: tableColumns}),
    buttons(null, kind === "online" ? "ho-so-theo-don-vi" : "bcci-theo-don-vi", tableTitle),
    rows.some((j) => j.partial) ? html`<p class="chart-source">${T.partialText}</p>` : "",
    kind === "postal" ? html`<p class="chart-source">${T.populationNote}</p>` : "",
    sourceLine(meta, lang)
  );

  // per 1,000 inhabitants (postal)
  const topPerK = rows.filter((j) => j.submitted1000 !== null && j.submitted1000 !== undefined).sort((a, b) => b.submitted1000 - a.submitted1000)[0];
  const perKTitle = T.perThousand(periodText);
  const perKCard = kind !== "postal" ? "" : card(
    perKTitle, T.perThousandNote, meta.sample, lang,
    topPerK ? html`<p class="chart-summary">${T.perThousandSummary(name(topPerK), formatNumber(topPerK.submitted1000, {digits: 1, lang}))}</p>` : "",
    resize((width) => {
      const chart = dotRows(all, {width, measures: [{key: "submitted1000", label: T.submit1000}, {key: "returned1000", label: T.return1000}], format: (v) => formatNumber(v, {digits: 1, lang}), xLabel: null, unitName: (id) => name(all.find((j) => j.unitId === id)), firstId: "total", lang});
      return html`<div>${chart}${buttons(chart, "bcci-tren-1000-dan", perKTitle, {provenance: {...prov, units: T.provUnitsPerThousand}})}</div>`;
    }),
    details(T, all, [{header: T.unit, value: name}, {header: T.population, value: (j) => num(j.population), numeric: true}, {header: T.populationBasis, value: (j) => basisName(T, j.basis)}, {header: T.submit1000, value: (j) => formatNumber(j.submitted1000, {digits: 1, lang}), numeric: true}, {header: T.return1000, value: (j) => formatNumber(j.returned1000, {digits: 1, lang}), numeric: true}]),
    html`<p class="chart-source">${T.populationNote}</p>`,
    sourceLine(meta, lang)
  );

  return html`<div>${view.straddles ? html`<p class="note">${T.straddleText}</p>` : ""}
    <div class="grid grid-cols-2">${funnel}${side}</div>${table}${perKCard}</div>`;
}

function basisName(T, basis) {
  return {"census-2019": T.basisCensus, predecessors: T.basisPredecessors, part: T.basisPart, unknown: T.basisUnknown}[basis] ?? T.basisUnknown;
}

/** The monthly trend of the kind's two shares: the picked communes in their own colours and the total in black; y fits the data. */
export function journeyTrendCharts(setup, {kind, lang, lineage, picked, resize}) {
  const {meta, ref, area} = setup;
  const T = text(setup, lang);
  const pct = fmtPct(lang);
  const trend = journeyTrend({kind, counts: setup.byView[lineage], picked, unitIds: setup.viewIds[lineage], units: ref.units, lineage, from: meta.dataFrom, to: meta.dataThrough});
  const measures = JOURNEY_MEASURES[kind].trend;
  const name = T.unitName;
  const colour = {domain: [...setup.colors.domain, "total"], range: [...setup.colors.range, "#111"]};
  const swatches = ["total", ...picked].map((id) => html`<span class="journey-swatch" style="margin-right: 0.8rem; white-space: nowrap; display: inline-block"><svg width="14" height="4" aria-hidden="true"><rect width="14" height="4" fill="${colour.range[colour.domain.indexOf(id)] ?? "#888"}"></rect></svg> ${name(id)}</span>`);
  const csv = csvColumns(kind, T, (j) => name(j.unitId));
  const withShares = trend.journeys.map((j) => ({...j, shares: Object.fromEntries(JOURNEY_MEASURES[kind].shares.map((s) => [s.key, j[s.denominator] ? j[s.numerator] / j[s.denominator] : null]))}));
  const charts = measures.map((measure) => {
    const points = trend.points.filter((p) => p.measure === measure).map((p) => ({...p, date: new Date(`${p.period}-01T00:00:00Z`)}));
    const totals = points.filter((p) => p.unitId === "total" && p.value !== null);
    const summary = totals.length ? T.trendSummary(T[measure].replace(/^% /, ""), formatPeriod(totals.at(-1).period, lang), pct(totals.at(-1).value), formatPeriod(totals[0].period, lang), pct(totals[0].value)) : "";
    return html`<div><h4>${T[measure]}</h4>${summary ? html`<p class="chart-summary">${summary}</p>` : ""}${resize((width) => {
      const chart = Plot.plot({
        width,
        height: Math.max(240, Math.min(360, width * 0.55)),
        marginLeft: 44,
        marginRight: 12,
        x: {type: "utc", label: null, tickFormat: (d) => formatTimeTick(d, lang), ticks: Math.max(2, Math.floor(width / 90))},
        y: {domain: [0, trend.yMax[measure]], grid: true, label: null, tickFormat: (v) => formatPercent(v, {digits: 0, lang})},
        color: colour,
        marks: [
          Plot.ruleX([new Date(`${area.successorsFrom}T00:00:00Z`)], {stroke: "#999", strokeDasharray: "3,3"}),
          Plot.ruleY([0]),
          Plot.lineY(points.filter((p) => p.unitId !== "total"), {x: "date", y: "value", z: "unitId", stroke: "unitId", strokeWidth: 1.5}),
          Plot.lineY(points.filter((p) => p.unitId === "total"), {x: "date", y: "value", stroke: "unitId", strokeWidth: 2.5}),
          Plot.tip(points, Plot.pointer({x: "date", y: "value", title: (d) => `${name(d.unitId)} · ${formatPeriod(d.period, lang)}: ${pct(d.value)}`}))
        ],
        ariaLabel: summary || T[measure]
      });
      chart.classList.add("journey-trend");
      return html`<div>${chart}${downloadButtons(chart, {rows: withShares, columns: csv, filename: `xu-huong-${measure}`, title: T[measure], caption: sourceLine(meta, lang).textContent, lang, provenance: provenance(setup, T, lang, `${formatPeriod(meta.dataFrom, lang)} – ${formatPeriod(meta.dataThrough, lang)}`)})}</div>`;
    })}</div>`;
  });
  return html`<div>
    <h3>${T.trendNote(T.reference[lineage])}</h3>
    ${picked.length === 0 ? html`<p class="note">${T.noneChosen}</p>` : ""}
    <div class="journey-legend">${swatches}</div>
    <div class="grid grid-cols-2">${charts}</div>
    ${details(T, withShares.filter((j) => j.receivedTotal !== null), [{header: T.unit, value: (j) => name(j.unitId)}, {header: T.period, value: (j) => formatPeriod(j.period, lang)}, {header: T.receivedTotal, value: (j) => formatNumber(j.receivedTotal, {lang}), numeric: true}, ...measures.map((m) => ({header: T[m], value: (j) => pct(j.shares[m]), numeric: true}))])}
    ${lineage === "new" && T.partialText ? html`<p class="chart-source">${T.partialText}</p>` : ""}
    ${sourceLine(meta, lang)}
  </div>`;
}

/** Online services: who lags over 12 months and who improved most on a year earlier. */
export function journeyProgressCards(setup, {lang, period, lineage, resize}) {
  const {meta, ref, area} = setup;
  const T = text(setup, lang);
  const pct = fmtPct(lang);
  const name = T.unitName;
  const view = journeyView({kind: "online", counts: setup.byView[lineage], period, unitIds: setup.viewIds[lineage], units: ref.units, lineage, successorsFrom: area.successorsFrom, unitName: name});
  const ids = view.rows.map((j) => j.unitId);
  const last = view.yearToDate.to;
  const lag = journeyLaggards(setup.byView[lineage], last, setup.viewIds[lineage]);
  const lagTitle = T.lag(formatPeriod(lag.from, lang), formatPeriod(last, lang));
  const lagRows = [...lag.ranked, ...lag.unranked];
  const months = (r) => r.missingMonths.map((m) => formatPeriod(m, lang)).join(", ");
  const yoy = journeyYearOnYear(setup.byView[lineage], period, ids);
  const gains = yoy.rows.filter((r) => r.change !== null);
  const change = (r) => formatChange(r.value, r.yearAgo, {unit: "share", lang});
  const yoyTitle = T.improved(formatPeriod(period, lang), formatPeriod(yoy.yearAgoPeriod, lang));
  const prov = provenance(setup, T, lang, formatPeriod(period, lang));
  return html`<div class="grid grid-cols-2">
    ${card(lagTitle, T.lagNote, meta.sample, lang,
      lag.ranked.length === 0 ? html`<p class="note">${T.lagNoneText}</p>` : html`<p class="chart-summary">${T.lagSummary(name(lag.ranked.at(-1).unitId), pct(lag.ranked.at(-1).online))}</p>`,
      lag.ranked.length === 0 ? "" : resize((width) => {
        const chart = dotRows(lag.ranked, {width, measures: [{key: "online", label: T.online12}, {key: "fully", label: T.fully12}], format: (v) => formatPercent(v, {digits: 0, lang}), xLabel: null, unitName: name, max: 1, lang});
        return html`<div>${chart}${downloadButtons(chart, {rows: lagRows, columns: [{header: T.unitId, key: "unitId"}, {header: T.unit, value: (r) => name(r.unitId)}, {header: T.received12, key: "received"}, {header: T.asCsvShare(T.online12), value: (r) => percentAsShown(r.online)}, {header: T.asCsvShare(T.fully12), value: (r) => percentAsShown(r.fully)}, {header: T.missing, value: (r) => r.missingMonths.join(" ")}], filename: `don-vi-cham-${last}`, title: lagTitle, caption: sourceLine(meta, lang).textContent, lang, provenance: {...prov, period: `${formatPeriod(lag.from, lang)} – ${formatPeriod(last, lang)}`}})}</div>`;
      }),
      details(T, lagRows, [{header: T.unit, value: (r) => name(r.unitId)}, {header: T.online12, value: (r) => pct(r.online), numeric: true}, {header: T.fully12, value: (r) => pct(r.fully), numeric: true}, {header: T.missing, value: (r) => months(r) || "–"}]),
      lag.ranked.length && lag.unranked.length ? html`<p class="chart-source">${T.notRanked}: ${lag.unranked.map((r) => `${name(r.unitId)} (${r.missingMonths.length <= 3 ? months(r) : `${r.missingMonths.length}/12`})`).join("; ")}</p>` : "",
      sourceLine(meta, lang))}
    ${card(yoyTitle, gains.length ? `${T.improvedTop}: ${gains.slice(0, 3).map((r) => `${name(r.unitId)} (${change(r)})`).join("; ")}.` : T.improvedNone, meta.sample, lang,
      plainTable(yoy.rows, {className: "improved-table", columns: [{header: T.unit, value: (r) => name(r.unitId)}, {header: T.now, value: (r) => pct(r.value), numeric: true}, {header: T.yearAgo, value: (r) => pct(r.yearAgo), numeric: true}, {header: T.change, value: change, numeric: true}]}),
      downloadButtons(null, {rows: yoy.rows, columns: [{header: T.unitId, key: "unitId"}, {header: T.unit, value: (r) => name(r.unitId)}, {header: T.asCsvShare(T.now), value: (r) => percentAsShown(r.value)}, {header: T.asCsvShare(T.yearAgo), value: (r) => percentAsShown(r.yearAgo)}, {header: T.changePoints, value: (r) => percentAsShown(r.change)}], filename: `tien-bo-${period}`, lang, provenance: prov}),
      sourceLine(meta, lang))}
  </div>`;
}

/** Postal: the plan's words on the public postal service (its task, the post office's duty, a target), quoted as written. */
export function journeyPlanCard(plans, lang) {
  const T = catalogue(lang).journey;
  const mentions = (t) => /bưu chính công ích/i.test(t);
  const plan = plans.find((p) => p.tasks.some((t) => mentions(t.textVi))) ?? null;
  if (plan === null) return html`<div class="card plan-context"><h2>${T.plan}</h2><p>${T.noPlan}</p></div>`;
  const task = plan.tasks.find((t) => mentions(t.textVi)) ?? null;
  const item = task?.items[0] ?? null;
  const postOffice = plan.agencies.find((a) => /^bưu điện/i.test(a.nameVi) && a.roleVi) ?? null;
  const postTarget = plan.targets.find((t) => /bưu điện/i.test(t.textVi)) ?? null;
  return html`<div class="card plan-context"><h2>${T.plan}</h2>
    <p>${T.planIntro(plan.titleVi, plan.issuerVi)}</p>
    ${task ? html`<blockquote class="plan-quote" lang="vi"><strong>${T.task(String(task.number))}${T.taskTitle(task.titleEn)}:</strong> ${task.textVi}
      <footer>${T.lead}: ${item?.leadVi ?? "–"} · ${T.coordinating}: ${item?.coordinatingVi ?? "–"} · ${T.schedule}: ${item?.scheduleVi ?? "–"} · ${T.funding}: ${item?.fundingVi ?? "–"}<br>${T.products}: ${(item?.productsVi ?? []).join("; ")}</footer></blockquote>` : ""}
    ${postOffice ? html`<blockquote class="plan-quote" lang="vi"><strong>${T.section}:</strong> ${postOffice.roleVi}</blockquote>` : ""}
    ${postTarget ? html`<blockquote class="plan-quote" lang="vi"><strong>${T.target} ${postTarget.id}:</strong> ${postTarget.textVi}</blockquote>` : ""}
  </div>`;
}
