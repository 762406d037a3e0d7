import {parseVietnameseNumber, type ParsedNumber} from "../format/parseVietnameseNumber.ts";

// Missing-value markers: blank and dashes (as parseVietnameseNumber), plus R's "NA", which the
// tidy PCI exports use.
const MISSING = new Set(["NA", "N/A"]);
// A score or rank never needs a thousands separator, so a single dot is a decimal point:
// "5.822" is 5.822 (not 5822, as the Vietnamese dot rule would read it).
const DOT_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Reads a PCI score or rank cell (điểm, thứ hạng): numbers pass through; text may use a dot or a
 * comma as the decimal point ("6.35", "6,35"); blank, "-", "NA" are missing (null), never 0.
 * Never throws: anything else is {ok: false} with what was expected.
 */
export function parsePciNumber(raw: unknown): ParsedNumber {
  if (typeof raw === "string") {
    const s = raw.trim();
    if (MISSING.has(s.toUpperCase())) return {ok: true, value: null};
    if (DOT_DECIMAL.test(s)) return {ok: true, value: Number(s)};
  }
  const parsed = parseVietnameseNumber(raw);
  return parsed.ok ? parsed : {ok: false, expected: "a score such as 6.35 or 6,35"};
}
