/**
 * The dossier journey as a funnel (phễu hồ sơ): one bar per step (journeySteps), its count and
 * its shares written above it, so the chart reads on a phone and on paper without a legend.
 * Received and resolved dossiers are two branches in two colours: a share is never taken
 * across them. A missing count is written "–" and has no bar, never a zero bar.
 *
 *   ${resize((width) => journeyFunnel(journeySteps(total, "online"), {width, lang}))}
 */
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatPercent} from "../lib/cchc.js";
import {shareOf, stepName} from "./journeyText.js";

const LINE = 16;
const COLOURS = {received: "#3b6fb6", resolved: "#2e8b57"};

/** The label of one step: "Tiếp nhận trực tuyến: 1.234 · 72,3% số tiếp nhận". */
export function stepLabel(step, steps, lang = "vi") {
  const name = stepName(step.key, lang);
  const count = formatNumber(step.count, {lang});
  if (step.previous === null) return `${name}: ${count}`;
  const first = steps.find((s) => s.branch === step.branch);
  const parts = [shareOf(step.shareOfPrevious, step.previous, formatPercent, lang)];
  if (first && first.key !== step.previous) parts.push(shareOf(step.shareOfTotal, first.key, formatPercent, lang));
  return `${name}: ${count} · ${parts.join(" · ")}`;
}

export function journeyFunnel(steps, {width: available, lang = "vi", ariaLabel} = {}) {
  const width = Math.max(200, available ?? 0); // resize may report a sliver while the layout settles: never negative bars
  const data = steps.map((s) => ({...s, name: stepName(s.key, lang), label: stepLabel(s, steps, lang)}));
  const max = Math.max(1, ...data.map((d) => d.count ?? 0));
  // Long labels wrap to two lines on a narrow chart (about 6.6 px a character at 12 px).
  const lines = Math.max(...data.map((d) => d.label.length)) * 6.6 > width - 24 ? 2 : 1;
  const row = lines * LINE + 32;
  const plot = Plot.plot({
    width,
    height: row * data.length + 30,
    marginTop: 4,
    marginLeft: 8,
    marginRight: 16,
    marginBottom: 26,
    x: {domain: [0, max], grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang}), ticks: Math.max(2, Math.floor(width / 110))},
    y: {domain: data.map((d) => d.name), axis: null, paddingInner: 0, paddingOuter: 0},
    color: {domain: ["received", "resolved"], range: [COLOURS.received, COLOURS.resolved]},
    marks: [
      Plot.barX(data.filter((d) => d.count !== null), {x: "count", y: "name", fill: "branch", fillOpacity: 0.85, insetTop: lines * LINE + 6, insetBottom: 10}),
      Plot.text(data, {x: 0, y: "name", text: "label", textAnchor: "start", lineAnchor: "bottom", dy: -row / 2 + lines * LINE, fontSize: 12, lineHeight: 1.25, fill: "currentColor", lineWidth: (width - 24) / 12}),
      Plot.ruleX([0]),
      Plot.tip(data, Plot.pointerY({x: (d) => d.count ?? 0, y: "name", title: "label"}))
    ],
    ariaLabel
  });
  plot.classList?.add("journey-funnel");
  return plot;
}
