import type {Lang} from "./lang.ts";
import {numberFormatter} from "./numberFormatter.ts";

/**
 * Formats a number with thousands separators and exactly `digits` decimals (default 0):
 * 1234567 → "1.234.567" (vi) or "1,234,567" (en); 54.52 with 2 digits → "54,52". A missing value
 * (null, undefined, NaN, ±Infinity) prints as "–" (an en dash), never as 0.
 */
export function formatNumber(x: number | null | undefined, options: {digits?: number; lang?: Lang} = {}): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  const digits = Math.max(0, Math.min(20, Math.round(options.digits ?? 0)));
  return numberFormatter(`,.${digits}f`, options.lang ?? "vi")(x);
}
