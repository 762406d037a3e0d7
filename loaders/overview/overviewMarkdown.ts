import type {OverviewBuild} from "./overviewBuild.ts";
import {formatChange} from "../../src/format/formatChange.ts";
import {formatNumber} from "../../src/format/formatNumber.ts";
import {formatPercent} from "../../src/format/formatPercent.ts";
import {formatPeriod} from "../../src/format/formatPeriod.ts";
import type {Lang} from "../../src/format/lang.ts";
import {addMonths} from "../../src/period/addMonths.ts";
import {monthInText} from "../../src/format/monthInText.ts";
import {areaWords} from "../../src/model/areaWords.ts";
import {DDCI_INDICATORS} from "../../src/model/ddciIndicators.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import {PCI_INDICATORS} from "../../src/model/pciIndicators.ts";
import {unitLabels} from "../../src/model/unitLabels.ts";
import {catalogue} from "../../src/text/catalogue/catalogue.ts";
import {compareInWords} from "../../src/views/compareInWords.ts";
import {inLanguage} from "../../src/views/inLanguage.ts";
import {overviewSentence} from "../../src/views/overviewSentence.ts";
import {sparklinePath} from "../../src/views/sparklinePath.ts";

/**
 * Text from data made safe inside the page's HTML: markup escaped, and "$" too, because
 * Framework reads "${" in Markdown as the start of a JavaScript expression.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const INDICATORS: readonly Indicator[] = [...TTHC_INDICATORS, ...PCI_INDICATORS, ...DDCI_INDICATORS];

function formatValue(indicator: Indicator, value: number | null, lang: Lang): string {
  if (indicator.unit === "share") return formatPercent(value, {lang});
  return formatNumber(value, {digits: indicator.unit === "score" ? 2 : 0, lang});
}

/** A sparkline as inline SVG, drawn at build time (no script), described in words for screen readers. */
function sparkSvg(points: readonly {readonly period: string; readonly value: number | null}[], indicator: Indicator, label: string, lang: Lang): string {
  const domain = indicator.unit === "share" ? ([0, 1] as const) : undefined;
  const path = sparklinePath(points.map((d) => d.value), 120, 28, domain);
  if (path === "") return "";
  const present = points.filter((d) => d.value !== null);
  const gaps = points.length - present.length;
  const [first, last] = [present[0]!, present.at(-1)!];
  const description = `${label}: ${catalogue(lang).status.sparkline(formatValue(indicator, first.value, lang), formatPeriod(first.period, lang), formatValue(indicator, last.value, lang), formatPeriod(last.period, lang), gaps ? String(gaps) : "")}`;
  return `<svg class="sparkline" role="img" aria-label="${escapeHtml(description)}" width="120" height="28" viewBox="0 0 120 28"><path d="${path}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`;
}

function sampleBadge(sample: boolean, lang: Lang): string {
  const words = catalogue(lang).common;
  return sample ? ` <span class="sample-badge" title="${escapeHtml(words.sampleTitle)}">${escapeHtml(words.sample)}</span>` : "";
}

interface CardSpec {
  readonly indicator: Indicator;
  readonly value: number | null;
  readonly period: string;
  readonly changes: readonly (readonly [string, string, string?])[];
  readonly spark: readonly {readonly period: string; readonly value: number | null}[];
  readonly note?: string;
}

/** A headline card: the figure, its comparisons in words, and — only with a sourced target — met or not. */
function card(spec: CardSpec, lang: Lang): string {
  const words = catalogue(lang);
  const name = inLanguage(spec.indicator, "name", lang);
  const {target} = spec.indicator;
  const met = target !== null && spec.value !== null ? (spec.indicator.better === "higher" ? spec.value >= target : spec.value <= target) : null;
  const targetLine =
    target === null
      ? escapeHtml(words.index.noTarget)
      : `${escapeHtml(words.index.target(formatValue(spec.indicator, target, lang), spec.value === null ? "–" : formatValue(spec.indicator, Math.max(0, target - spec.value), lang)))}${
          met === null ? "" : ` <span class="status-badge status-${met ? "green" : "red"}" data-status="${met ? "green" : "red"}"><span class="status-symbol" aria-hidden="true">${met ? "✓" : "✕"}</span><span class="status-label">${escapeHtml(met ? words.status.met : words.status.notMet)}</span></span>`
        }`;
  const changes = spec.changes.map(([dt, dd, cls]) => `<dt>${escapeHtml(dt)}</dt><dd${cls ? ` class="direction-${cls}"` : ""}>${escapeHtml(dd)}</dd>`).join("");
  return `<div class="card headline-card"><h2>${escapeHtml(name)}</h2><div class="headline-value" elementtiming="headline">${escapeHtml(formatValue(spec.indicator, spec.value, lang))}</div><div class="headline-period">${escapeHtml(formatPeriod(spec.period, lang))}</div><dl class="headline-changes">${changes}</dl><div class="headline-target">${targetLine}</div><div class="headline-foot">${sparkSvg(spec.spark, spec.indicator, name, lang)}</div>${spec.note ? `<div class="chart-source">${spec.note}</div>` : ""}</div>`;
}

function indicatorOf(id: string): Indicator {
  const indicator = INDICATORS.find((d) => d.id === id);
  if (indicator === undefined) throw new Error(`unknown indicator ${id}`);
  return indicator;
}

/** The part of / written at build time in one language: title, sentence, who has not reported, the cards. */
export function overviewStatic(build: OverviewBuild, lang: Lang, hidden: boolean): string {
  const {data, cards, reference} = build;
  if (cards === null) throw new Error("overviewStatic needs the index cards: call overviewBuild with cards");
  const {area} = reference;
  const words = catalogue(lang);
  const t = words.index;
  const labels = unitLabels(reference.units, lang);
  const unitName = (id: string): string => labels.get(id) ?? id;
  const link = (id: string): string => `<a href="./communes/${encodeURIComponent(id)}">${escapeHtml(unitName(id))}</a>`;
  const aw = areaWords(area, reference.units, reference.lineage, lang);
  const ytdLabel = t.yearToDate(formatPeriod(data.ytdFrom, lang), formatPeriod(data.month, lang));
  const headline = data.headline.map((h) => {
    const indicator = indicatorOf(h.indicator);
    const yoy = compareInWords(indicator, h.value, h.yearAgo, t.sameTimeLastYear, lang);
    const ytd = compareInWords(indicator, h.ytd.value, h.ytdYearAgo.value, t.sameTimeLastYear, lang);
    return card(
      {
        indicator,
        value: h.value,
        period: data.month,
        changes: [
          [t.vsPrevious(formatPeriod(data.previousMonth, lang)), formatChange(h.value, h.previous, {unit: "share", lang})],
          [t.vsYearAgo, yoy.text, yoy.direction],
          [ytdLabel, `${formatValue(indicator, h.ytd.value, lang)} · ${ytd.text}`, ytd.direction]
        ],
        spark: h.series.map((value, i) => ({period: addMonths(data.month, i + 1 - h.series.length), value}))
      },
      lang
    );
  });
  const yearly = (id: string, figure: NonNullable<typeof cards.pci> | NonNullable<typeof cards.ddci>, note: string): string => {
    const indicator = indicatorOf(id);
    const against = figure.previousPeriod === null ? t.year("–") : t.year(figure.previousPeriod);
    const change = compareInWords(indicator, figure.value, figure.previous, against, lang);
    return card({indicator, value: figure.value, period: figure.period, changes: [[t.vsPrevious(figure.previousPeriod ?? "–"), change.text, change.direction]], spark: figure.series, note}, lang);
  };
  const noData = (title: string): string => `<div class="card headline-card"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(t.noData)}</p></div>`;
  const pci = cards.pci
    ? yearly(
        "pci_total",
        cards.pci,
        escapeHtml(
          [cards.pci.rank === null ? null : t.rank(String(cards.pci.rank), String(cards.pci.of ?? "–")), cards.pci.notPublished.length ? t.pciNotPublished(cards.pci.notPublished.join(", ")) : null, t.pciSource]
            .filter((d) => d !== null)
            .join(" · ")
        ) + sampleBadge(cards.pci.sample, lang)
      )
    : noData("PCI");
  const ddci = cards.ddci
    ? yearly(
        "ddci_total",
        cards.ddci,
        escapeHtml([t.rankDistricts(String(cards.ddci.rank), String(cards.ddci.of)), cards.ddci.classification].filter((d) => d !== null).join(" · ")) + sampleBadge(cards.ddci.sample, lang)
      )
    : noData("DDCI");
  const q = cards.qd766;
  const qd766 = q
    ? `<div class="card qd766-card"><h2>${escapeHtml(t.qd766Title)}, ${escapeHtml(formatPeriod(q.period, lang))}${sampleBadge(q.sample, lang)}</h2><table class="qd766-card-table">${q.rows
        .map((r) => `<tr><td>${link(r.unitId)}</td><td style="text-align:right">${escapeHtml(formatNumber(r.value, {digits: 2, lang}))}</td><td style="text-align:right">${escapeHtml(r.rank === null ? "–" : t.qd766Rank(String(r.rank), q.of === null ? "" : String(q.of)))}</td></tr>`)
        .join("")}</table><p class="chart-source">${escapeHtml(t.qd766Note)} · <a href="./qd766">${escapeHtml(t.qd766Link)}</a></p></div>`
    : noData(t.qd766Title);
  const month = monthInText(data.dataThrough, lang);
  const reported =
    data.notReported.length === 0
      ? escapeHtml(t.allReported(month))
      : `<strong>${escapeHtml(t.notReported)}</strong> ${escapeHtml(monthInText(data.dataThrough, lang))}: ${data.notReported.map(link).join(", ")}.`;
  return [
    `<div class="overview-static" data-lang="${lang}" lang="${lang}"${hidden ? " hidden" : ""}>`,
    `<h1>${escapeHtml(t.heading(area.shortName[lang]))}${sampleBadge(data.sample, lang)}</h1>`,
    `<p class="subtitle">${escapeHtml(t.subtitle(formatPeriod(data.dataThrough, lang), area.name[lang], String(aw.oldCount), aw.lastOld, String(aw.newCount), aw.first))}</p>`,
    `<p class="overview-sentence"><strong>${escapeHtml(overviewSentence(data, unitName, lang))}</strong> <span class="overview-reported">${reported}</span></p>`,
    `<div class="grid grid-cols-4">${headline.join("")}${pci}${ddci}${qd766}</div>`,
    `</div>`
  ].join("\n");
}
