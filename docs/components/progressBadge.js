/**
 * A progress badge for a plan task (tiến độ): done / on track / behind / not started, always
 * with a symbol and a word so it reads without colour (printed in black and white, or for
 * colour-blind readers). Shares the look and markup of statusBadge (badgeElement).
 *
 *   ${progressBadge("behind")}                       → ! Chậm tiến độ
 *   ${progressBadge("done", {lang: "en", late: true})} → ✓ Done (late)
 *   ${progressBadge(null)}                           → – Không áp dụng
 */

import {catalogue} from "../lib/cchc.js";
import {badgeElement} from "./statusBadge.js";

export const PROGRESS = {
  done: {symbol: "✓", className: "status-green"},
  "on-track": {symbol: "→", className: "status-ontrack"},
  behind: {symbol: "!", className: "status-amber"},
  "not-started": {symbol: "✕", className: "status-red"},
  none: {symbol: "–", className: "status-none"}
};

/** The status key PROGRESS knows, or "none". */
function keyOf(status) {
  return typeof status === "string" && Object.hasOwn(PROGRESS, status) ? status : "none";
}

/** The word for a status ("Chậm tiến độ" / "Behind"); "Không áp dụng" for anything unknown. */
export function progressLabel(status, lang = "vi") {
  return catalogue(lang).plan.progress[keyOf(status)];
}

/** The symbol for a status (✓ → ! ✕ –). */
export function progressSymbol(status) {
  return PROGRESS[keyOf(status)].symbol;
}

/**
 * progressBadge(status, {lang, title, late, compact}) → <span class="status-badge …" data-status>.
 * `late`: a window met only after it closed ("muộn"); `title`: a tooltip (the evidence);
 * `compact`: the symbol only on screen, the word kept for screen readers and print.
 */
export function progressBadge(status, {lang = "vi", title, late = false, compact = false} = {}) {
  const key = keyOf(status);
  const spec = PROGRESS[key];
  const word = progressLabel(key, lang) + (late && key === "done" ? catalogue(lang).plan.late : "");
  return badgeElement(`status-badge progress-badge ${spec.className}${compact ? " progress-compact" : ""}`, key, spec.symbol, word, title);
}
