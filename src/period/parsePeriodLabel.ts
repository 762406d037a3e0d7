import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {Period} from "./periodTypes.ts";

// Patterns run on foldVietnamese text (lowercase, no accents). `(^|[^a-z0-9])` stands in for a
// lookbehind, which Safari before 16.4 cannot parse. Capture groups: [1] the boundary, [2] the
// month, quarter or half, [3] the year.
// The year must end there: not "2024/QĐ-UBND" (a document number) nor "2020-2024" (a span).
const YEAR_END = String.raw`(\d{4})(?![a-z0-9/]|[-.]\d)`;
const PATTERNS = [
  // "6 tháng đầu năm 2024", "6 tháng cuối năm 2024"
  {grain: "half", regex: new RegExp(String.raw`(^|[^a-z0-9])(?:6|sau) thang (dau|cuoi) (?:nam )?${YEAR_END}`)},
  // "Quý III/2024", "Quý 3/2024", "Quý 3 năm 2024", "Q3/2024". Any numeral is captured so that
  // "Quý V/2024" is found, and rejected, rather than read as the month "V/2024" or "5/2024".
  {grain: "quarter", regex: new RegExp(String.raw`(^|[^a-z0-9])(?:quy|q) ?\.? ?([ivxl]+|\d+)(?: ?[/.-] ?| nam | )${YEAR_END}`)},
  // "Tháng 10/2024", "T10/2024", "tháng 10 năm 2024", "Tháng 10-2024", "T10.2024"
  {grain: "month", regex: new RegExp(String.raw`(^|[^a-z0-9])(?:thang|t) ?\.? ?(\d{1,2})(?: ?[/.-] ?| nam | )${YEAR_END}`)},
  // A bare "10/2024" or "10-2024", not part of a longer number or date.
  {grain: "month", regex: new RegExp(String.raw`(^|[^a-z0-9/.-])(\d{1,2}) ?[/-] ?${YEAR_END}`)},
  // "Năm 2024"
  {grain: "year", regex: new RegExp(String.raw`(^|[^a-z0-9])nam ()${YEAR_END}`)}
] as const;

// Full dates are masked first, so "Lộc Hà, ngày 05 tháng 11 năm 2024" or "đến 31/10/2024" is not
// read as the month or year of the report.
const DATES = [/ngay \d{1,2} thang \d{1,2} nam \d{4}/g, /\d{1,2}([/.-])\d{1,2}\1\d{4}/g];

const ROMAN: Readonly<Partial<Record<string, number>>> = {i: 1, ii: 2, iii: 3, iv: 4};

/**
 * Finds the reporting period (kỳ báo cáo) in a report title or line, ignoring case and accents:
 * "Tháng 10/2024", "T10/2024", "tháng 10 năm 2024", "10/2024" → month; "Quý III/2024",
 * "Quý 3 năm 2024", "Q3/2024" → quarter; "6 tháng đầu/cuối năm 2024" → half; "Năm 2024" → year.
 *
 * The label may sit inside a longer line; when a line names several periods the first one in
 * the line wins ("6 tháng đầu năm 2024 và phương hướng 6 tháng cuối năm" → 2024-H1). Returns
 * null when the line has no period or its first period is impossible (month 13, quarter V).
 * Dates ("ngày 31 tháng 10 năm 2024", "31/10/2024") are not periods.
 */
export function parsePeriodLabel(label: string): Period | null {
  let text = foldVietnamese(label);
  for (const date of DATES) text = text.replace(date, (found) => " ".repeat(found.length));

  let best: {grain: Period["grain"]; number: string; year: string; at: number} | null = null;
  for (const {grain, regex} of PATTERNS) {
    const m = regex.exec(text);
    if (m === null) continue;
    const at = m.index + m[1]!.length;
    if (best === null || at < best.at) best = {grain, number: m[2]!, year: m[3]!, at};
  }
  return best === null ? null : toPeriod(best.grain, best.number, best.year);
}

function toPeriod(grain: Period["grain"], number: string, year: string): Period | null {
  const month = (m: number): string => `${year}-${String(m).padStart(2, "0")}`;
  switch (grain) {
    case "month": {
      const m = Number(number);
      return m >= 1 && m <= 12 ? {grain, id: month(m), start: month(m), end: month(m)} : null;
    }
    case "quarter": {
      const q = ROMAN[number] ?? (/^\d+$/.test(number) ? Number(number) : 0);
      return q >= 1 && q <= 4 ? {grain, id: `${year}-Q${q}`, start: month(q * 3 - 2), end: month(q * 3)} : null;
    }
    case "half":
      return number === "dau" ? {grain, id: `${year}-H1`, start: month(1), end: month(6)} : {grain, id: `${year}-H2`, start: month(7), end: month(12)};
    case "year":
      return {grain, id: year, start: month(1), end: month(12)};
  }
}
