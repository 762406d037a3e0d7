import type {Lang} from "../format/lang.ts";
import {numberFormatter} from "../format/numberFormatter.ts";
import type {Indicator} from "../model/indicator.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

export type Direction = "better" | "worse" | "same" | "unknown";

const DIGITS = {share: 1, count: 0, score: 2, rank: 0} as const;

/**
 * A figure against an earlier one in words, with no mark of met or not met (issue #13: a status
 * only against a target): "tốt hơn cùng kỳ 1,5 điểm %", "kém hơn năm 2021 0,40 điểm", "như cùng
 * kỳ" when the change rounds to zero as shown, "chưa có số liệu cùng kỳ" when either is missing.
 * `against` is the already written earlier period ("cùng kỳ", "năm 2021"). Which way is better
 * comes from the indicator; shares change in percentage points.
 */
export function compareInWords(
  indicator: Pick<Indicator, "better" | "unit">,
  value: number | null,
  earlier: number | null,
  against: string,
  lang: Lang
): {readonly direction: Direction; readonly text: string} {
  const words = catalogue(lang).status;
  if (value === null || earlier === null || !Number.isFinite(value) || !Number.isFinite(earlier)) {
    return {direction: "unknown", text: words.unknown(against)};
  }
  const change = indicator.unit === "share" ? (value - earlier) * 100 : value - earlier;
  const amount = numberFormatter(`,.${DIGITS[indicator.unit]}f`, lang)(Math.abs(change));
  if (!/[1-9]/.test(amount)) return {direction: "same", text: words.same(against)};
  const shown = words.amount[indicator.unit](amount);
  const better = (indicator.better === "higher") === change > 0;
  return better ? {direction: "better", text: words.better(shown, against)} : {direction: "worse", text: words.worse(shown, against)};
}
