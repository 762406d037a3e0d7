/**
 * A status badge (đánh giá): red / amber / green, always with a word and a symbol so it reads
 * without colour (printed in black and white, or for colour-blind readers).
 *
 *   ${statusBadge("green")}                         → ✓ Đạt
 *   ${statusBadge("amber", {label: "Gần đạt"})}     → ! Gần đạt
 *   ${statusBadge("red", {title: "Dưới chỉ tiêu 10 điểm %"})}
 *   ${statusBadge(null)}                            → – Không có số liệu
 */

import {catalogue} from "../lib/cchc.js";

/** Symbol and catalogue key (section `status`) of each status. Use green/red only against a sourced target (issue #13). */
const STATUS = {
  green: {symbol: "✓", word: "met"},
  amber: {symbol: "!", word: "attention"},
  red: {symbol: "✕", word: "notMet"},
  none: {symbol: "–", word: "noData"}
};

/**
 * statusBadge(status, {label, title, lang = "vi"}) → a <span class="status-badge status-…">.
 * `status` is "green", "amber" or "red"; anything else (null, undefined) is "no data", in grey —
 * never shown as good or bad. `label` replaces the word; `title` adds a tooltip (the reason).
 */
export function statusBadge(status, {label, title, lang = "vi"} = {}) {
  const key = Object.hasOwn(STATUS, status) && status !== "none" ? status : "none";
  const spec = STATUS[key];
  return badgeElement(`status-badge status-${key}`, key, spec.symbol, label ?? catalogue(lang).status[spec.word], title);
}

/**
 * The badge markup shared by statusBadge and progressBadge: a symbol hidden from screen readers
 * and a word, so the meaning never rests on colour alone. Text is set with textContent.
 */
export function badgeElement(className, status, symbolText, wordText, title) {
  const badge = document.createElement("span");
  badge.className = className;
  badge.dataset.status = status;
  const symbol = document.createElement("span");
  symbol.className = "status-symbol";
  symbol.setAttribute("aria-hidden", "true");
  symbol.textContent = symbolText;
  const word = document.createElement("span");
  word.className = "status-label";
  word.textContent = wordText;
  badge.append(symbol, word);
  if (title) badge.title = title;
  return badge;
}
