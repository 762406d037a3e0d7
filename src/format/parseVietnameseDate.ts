export type ParsedDate = {readonly ok: true; readonly value: string | null} | {readonly ok: false; readonly expected: string};

const EXPECTED = "a date such as 31/10/2024 or 2024-10-31";
const MISSING = new Set(["", "-", "–", "—"]);
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
// Excel serials before 61 (1900-03-01) are off by one because of Excel's fictitious 1900-02-29;
// 2958465 is 9999-12-31, Excel's last date.
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

/**
 * Reads a date (ngày) from a cell of a Vietnamese spreadsheet or CSV as ISO "yyyy-mm-dd".
 * Never throws.
 *
 * - Text: day first, "31/10/2024", "1/2/2024", "31-10-2024", "31.10.2024"; or ISO "2024-10-31".
 *   The date must exist (31/02/2024 is rejected).
 * - JS Date: its local calendar day, as spreadsheet readers build dates at local midnight.
 * - Number: an Excel serial day (days since 1899-12-30; a time-of-day fraction is dropped),
 *   from 61 (1900-03-01) to 2958465 (9999-12-31).
 * - null, undefined, blank and "-", "–", "—" are missing ({ok: true, value: null}).
 */
export function parseVietnameseDate(raw: unknown): ParsedDate {
  if (raw === null || raw === undefined) return {ok: true, value: null};
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? {ok: false, expected: EXPECTED} : checked(raw.getFullYear(), raw.getMonth() + 1, raw.getDate());
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < FIRST_SERIAL || raw >= LAST_SERIAL + 1) return {ok: false, expected: EXPECTED};
    const date = new Date(EXCEL_EPOCH + Math.floor(raw) * MS_PER_DAY);
    return checked(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (typeof raw !== "string") return {ok: false, expected: EXPECTED};

  const s = raw.trim();
  if (MISSING.has(s)) return {ok: true, value: null};
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (dayFirst) return checked(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return {ok: false, expected: EXPECTED};
}

function checked(year: number, month: number, day: number): ParsedDate {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {ok: false, expected: EXPECTED};
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return {ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`};
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
