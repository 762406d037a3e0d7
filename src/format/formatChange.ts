import type {Lang} from "./lang.ts";
import {numberFormatter} from "./numberFormatter.ts";

export interface ChangeOptions {
  /** What the two values are: shares 0..1 change in percentage points; counts and scores in their own unit. */
  readonly unit: "share" | "count" | "score";
  readonly lang?: Lang;
  /** Decimals of the change: default 1 for shares (points), 0 for counts, 2 for scores. */
  readonly digits?: number;
  /** Also give the relative change in brackets, "+12 (+5,3%)": for counts; ignored for shares. */
  readonly relative?: boolean;
}

const DEFAULT_DIGITS = {share: 1, count: 0, score: 2} as const;
const SUFFIX = {
  vi: {share: " điểm %", count: "", score: " điểm"},
  en: {share: " pp", count: "", score: " points"}
} as const;

/**
 * The change (thay đổi) from `previous` to `current` — against the previous period or the same
 * period a year before — with its sign: shares in percentage points (điểm phần trăm),
 * 0.477 → 0.5 gives "+2,3 điểm %" (vi) or "+2.3 pp" (en); counts "+12", "-3"; scores
 * "+1,25 điểm". A change that rounds to zero has no sign ("0,0 điểm %"). When either value is
 * missing (null, undefined, NaN, ±Infinity) the change is "–": it is unknown, not zero.
 */
export function formatChange(current: number | null | undefined, previous: number | null | undefined, options: ChangeOptions): string {
  if (!isPresent(current) || !isPresent(previous)) return "–";
  const lang = options.lang ?? "vi";
  const digits = Math.max(0, Math.min(20, Math.round(options.digits ?? DEFAULT_DIGITS[options.unit])));
  const change = options.unit === "share" ? (current - previous) * 100 : current - previous;
  let text = signed(change, numberFormatter(`,.${digits}f`, lang)) + SUFFIX[lang][options.unit];
  if (options.relative === true && options.unit !== "share" && previous !== 0) {
    text += ` (${signed((current - previous) / Math.abs(previous), numberFormatter(".1%", lang))})`;
  }
  return text;
}

function isPresent(x: number | null | undefined): x is number {
  return x !== null && x !== undefined && Number.isFinite(x);
}

/** "+2,3", "-2,3", or "0,0" when the rounded magnitude is zero (never "+0,0" or "-0,0"). */
function signed(x: number, format: (n: number) => string): string {
  const magnitude = format(Math.abs(x));
  if (!/[1-9]/.test(magnitude)) return magnitude;
  return (x > 0 ? "+" : "-") + magnitude;
}
