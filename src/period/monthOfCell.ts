import {parseVietnameseDate} from "../format/parseVietnameseDate.ts";
import {parsePeriodLabel} from "./parsePeriodLabel.ts";

/**
 * The month a cell of a month column names ("10/2024", "T10/2024", "Tháng 10/2024", "2024-10",
 * or an Excel date, of which the month is taken); with `year`, a bare month number (a "Tháng"
 * column beside a "Năm" column). Null when the cell names no month.
 */
export function monthOfCell(cell: unknown, year: string | null = null): string | null {
  if (cell instanceof Date || (typeof cell === "number" && cell > 31)) {
    const date = parseVietnameseDate(cell);
    return date.ok && date.value !== null ? date.value.slice(0, 7) : null;
  }
  const text = String(cell ?? "").trim();
  if (year !== null && /^(0?[1-9]|1[0-2])$/.test(text)) return `${year}-${text.padStart(2, "0")}`;
  const iso = /^((?:19|20)\d{2})-(0[1-9]|1[0-2])$/.exec(text);
  if (iso !== null) return `${iso[1]}-${iso[2]}`;
  const period = parsePeriodLabel(text) ?? parsePeriodLabel(`tháng ${text}`);
  return period?.grain === "month" ? period.id : null;
}
