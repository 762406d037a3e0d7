/**
 * Source lines for the communication plan page (/plan): which plan, which report files, and how
 * far the activity reports and target measurements reach. Text is set through htl (escaped).
 */
import {html} from "npm:htl";
import {catalogue, formatNumber, formatPeriod, periodRange} from "../lib/cchc.js";

/** The plan dataset's source files that cover some month of `plan`. */
export function planSources(meta, plan) {
  return meta.sources.filter((s) => {
    if (!Array.isArray(s.periods) || s.periods.length !== 2) return false;
    return periodRange(s.periods[0]).first <= plan.to && periodRange(s.periods[1]).last >= plan.from;
  });
}

/** The last period reported in files of `kind` ("plan-activities", "plan-measurements"), or null. */
export function planDataThrough(sources, kind) {
  const last = sources
    .filter((s) => s.kind === kind)
    .map((s) => s.periods[1])
    .sort((a, b) => (periodRange(a).last < periodRange(b).last ? -1 : 1));
  return last[last.length - 1] ?? null;
}

/** The plan's name as a source: "Kế hoạch tuyên truyền CCHC, PCI, DDCI năm 2024 (<issuer>)". */
export function planSourceName(plan, lang = "vi") {
  return catalogue(lang).plan.sourceName(String(plan.year), plan.titleEn, plan.issuerVi);
}

/**
 * planSourceLine({plan, sources, kinds, lang}) → <div class="chart-source">: the plan, the report
 * files of `kinds` behind the figure (sample or real) and the last period they report.
 */
export function planSourceLine({plan, sources, kinds = ["plan-activities", "plan-measurements"], lang = "vi"}) {
  const t = catalogue(lang).plan;
  const files = sources.filter((s) => kinds.includes(s.kind));
  const sample = files.some((s) => s.sample);
  const reports = sample ? t.sampleReports : t.unitReports;
  const through = kinds
    .map((kind) => {
      const p = planDataThrough(files, kind);
      if (p === null) return null;
      return (kind === "plan-activities" ? t.activitiesThrough : t.targetsThrough)(formatPeriod(p, lang));
    })
    .filter(Boolean)
    .join(", ");
  return html`<div class="chart-source">${t.source}: ${planSourceName(plan, lang)}; ${reports} (${t.files(formatNumber(files.length, {lang}))}); ${through || t.noReportsYet}.</div>`;
}
