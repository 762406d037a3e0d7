/**
 * A query result as a sortable table (bảng kết quả), the table alternative of the quick chart:
 * numbers in Vietnamese format ("1.234", "5,47"), shares as "87,7%", dates as "1/7/2025",
 * period ids as "T10/2024", "Quý 3/2024" (the CSV keeps "2024-10", as SQL wants it),
 * yes/no as "Có"/"Không", missing as "–" (never 0). Cells are set as text by Inputs.table.
 *
 *   resultTable(result, {lang})
 */
import * as Inputs from "npm:@observablehq/inputs";
import {formatNumber, formatPeriod, isShareColumn, parsePeriodId} from "../lib/cchc.js";
import {digitsFor, displayText, formatValue} from "./resultChart.js";

export function resultTable({columns, rows}, {lang = "vi"} = {}) {
  const format = {};
  const align = {};
  for (const column of columns) {
    if (column.kind === "number") {
      const share = isShareColumn(column.name, rows);
      const digits = digitsFor(rows.map((r) => r[column.name]));
      format[column.name] = (v) => (share ? formatValue(v, true, lang) : formatNumber(v, {lang, digits}));
      align[column.name] = "right";
    } else if (column.kind === "text" && isPeriodColumn(column.name, rows)) {
      format[column.name] = (v) => (v === null ? "–" : formatPeriod(v, lang));
    } else format[column.name] = (v) => displayText(v, lang);
  }
  return Inputs.table(rows, {
    columns: columns.map((c) => c.name),
    format,
    align,
    select: false,
    rows: 15.5,
    layout: "auto"
  });
}

function isPeriodColumn(name, rows) {
  const values = rows.map((r) => r[name]).filter((v) => v !== null);
  return values.length > 0 && values.every((v) => typeof v === "string" && parsePeriodId(v) !== null);
}
