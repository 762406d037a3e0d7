export type ParsedNumber = {readonly ok: true; readonly value: number | null} | {readonly ok: false; readonly expected: string};

const EXPECTED = "a number such as 1.234 or 12,5";
const EXPECTED_PERCENT = "a percentage such as 12,5% or 12,5";
const MISSING = new Set(["", "-", "–", "—"]);
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

// Integer part: plain digits, or groups of three after a first group of 1-3 digits that does not
// start with 0, separated by dots (Vietnamese) or by spaces.
const PLAIN = /^\d+$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+$/;

/**
 * Reads a number from a cell of a Vietnamese spreadsheet or CSV (số liệu). Never throws.
 *
 * - JS numbers pass through when finite; null, undefined, blank and "-", "–", "—" are missing
 *   ({ok: true, value: null}), never 0.
 * - Comma is the decimal separator: "12,3" → 12.3, "1,234" → 1.234.
 * - Dot rule: a dot followed by exactly three digits, after a first group of 1-3 digits not
 *   starting with 0, is a thousands separator: "1.234" → 1234, "1.234.567,5" → 1234567.5.
 *   A single dot that cannot be one ("1234.5", "0.123", "3.14159", "12.30") is a decimal point.
 * - Spaces may separate thousands: "1 234" → 1234, "1 234,5" → 1234.5.
 * - A trailing "%" divides by 100: "12,5%" → 0.125. With `percent: true` a string without "%"
 *   is read as percent points too ("12,5" → 0.125); JS numbers are never scaled, because
 *   spreadsheet readers already give percent-formatted cells as shares (0.125).
 * - Rejected, with an `expected` text for the error message: Excel errors (#DIV/0!, #N/A, …),
 *   English-style "1,234.5", several commas, mixed separators, and any other text.
 */
export function parseVietnameseNumber(raw: unknown, options: {percent?: boolean} = {}): ParsedNumber {
  const expected = options.percent === true ? EXPECTED_PERCENT : EXPECTED;
  if (raw === null || raw === undefined) return {ok: true, value: null};
  if (typeof raw === "number") return Number.isFinite(raw) ? {ok: true, value: raw} : {ok: false, expected: "a finite number"};
  if (typeof raw !== "string") return {ok: false, expected};

  // \s and trim() cover the no-break and thin spaces that Excel and Word put inside numbers.
  let s = raw.trim().replace(/\s+/g, " ");
  if (MISSING.has(s)) return {ok: true, value: null};
  if (EXCEL_ERROR.test(s)) return {ok: false, expected: "a number (found an Excel error)"};

  let negative = false;
  const sign = /^([-+\u2212]) ?/.exec(s);
  if (sign) {
    negative = sign[1] !== "+";
    s = s.slice(sign[0].length);
  }
  const hasPercent = s.endsWith("%");
  if (hasPercent) s = s.slice(0, -1).trimEnd();

  const decimal = decimalText(s);
  if (decimal === null) return {ok: false, expected};
  // Scaling in the exponent rather than dividing by 100 keeps "12,3%" exactly 0.123.
  const value = Number(`${negative ? "-" : ""}${decimal}e${hasPercent || options.percent === true ? -2 : 0}`);
  if (!Number.isFinite(value)) return {ok: false, expected};
  return {ok: true, value: value === 0 ? 0 : value};
}

/** "1.234,5" → "1234.5"; null when the text is not a number under the rules above. */
function decimalText(s: string): string | null {
  const commas = s.split(",");
  if (commas.length > 2) return null;
  if (commas.length === 2) {
    const [whole, fraction] = commas as [string, string];
    if (!/^\d+$/.test(fraction) || !isInteger(whole)) return null;
    return `${digitsOf(whole)}.${fraction}`;
  }
  if (isInteger(s)) return digitsOf(s);
  const dot = /^([\d ]+)\.(\d+)$/.exec(s);
  if (dot && (PLAIN.test(dot[1]!) || SPACE_GROUPED.test(dot[1]!))) return `${digitsOf(dot[1]!)}.${dot[2]!}`;
  return null;
}

function isInteger(s: string): boolean {
  return PLAIN.test(s) || DOT_GROUPED.test(s) || SPACE_GROUPED.test(s);
}

function digitsOf(s: string): string {
  return s.replace(/[. ]/g, "");
}
