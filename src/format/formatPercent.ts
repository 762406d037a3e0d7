import type {Lang} from "./lang.ts";
import {numberFormatter} from "./numberFormatter.ts";

/**
 * Formats a share 0..1 as a percentage (tỷ lệ): 0.123 → "12,3%" (vi) or "12.3%" (en), with
 * `digits` decimals (default 1). A missing value (null, undefined, NaN, ±Infinity) prints as
 * "–" (an en dash), never as 0%; use missingLabel for words.
 */
export function formatPercent(share: number | null | undefined, options: {digits?: number; lang?: Lang} = {}): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "–";
  const digits = Math.max(0, Math.min(20, Math.round(options.digits ?? 1)));
  return numberFormatter(`.${digits}%`, options.lang ?? "vi")(share);
}
