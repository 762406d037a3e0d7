import {formatNumber} from "../format/formatNumber.ts";
import {formatPercent} from "../format/formatPercent.ts";
import type {Lang} from "../format/lang.ts";
import type {Indicator} from "../model/indicator.ts";

/** A value in its indicator's own unit: shares as "81,2%", scores with two decimals, counts whole; missing as "–". */
export function formatIndicatorValue(indicator: Pick<Indicator, "unit">, value: number | null, lang: Lang): string {
  if (indicator.unit === "share") return formatPercent(value, {lang});
  return formatNumber(value, {digits: indicator.unit === "score" ? 2 : 0, lang});
}
