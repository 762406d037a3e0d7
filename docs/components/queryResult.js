/**
 * A DuckDB query result (an Arrow table) as plain rows for the table, the chart and the CSV:
 * column kinds read from the Arrow schema, repeated column names made unique, dates as Date,
 * big integers as numbers, anything nested (lists, structs) as JSON text; null stays null.
 */
import * as Arrow from "npm:apache-arrow";
import {uniqueColumnNames} from "../lib/cchc.js";

/** Rows converted at most for the screen; the CSV takes every row. */
export const SHOWN_ROWS = 10_000;

/** readQueryResult(table, {limit}) → {columns: [{name, kind}], rows (first `limit`), totalRows, allRows()}. */
export function readQueryResult(table, {limit = SHOWN_ROWS} = {}) {
  const fields = table.schema.fields;
  const names = uniqueColumnNames(fields.map((f) => f.name));
  const columns = fields.map((f, i) => ({name: names[i], kind: kindOf(f.type)}));
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const convert = (count) => {
    const rows = new Array(count);
    for (let r = 0; r < count; r++) {
      const row = {};
      for (let c = 0; c < columns.length; c++) row[columns[c].name] = plainValue(vectors[c]?.get(r), columns[c].kind);
      rows[r] = row;
    }
    return rows;
  };
  const shown = Math.min(limit, table.numRows);
  return {columns, rows: convert(shown), totalRows: table.numRows, allRows: () => convert(table.numRows)};
}

function kindOf(type) {
  if (Arrow.DataType.isDictionary(type)) return kindOf(type.dictionary);
  if (Arrow.DataType.isInt(type) || Arrow.DataType.isFloat(type) || Arrow.DataType.isDecimal(type)) return "number";
  if (Arrow.DataType.isUtf8(type) || Arrow.DataType.isLargeUtf8?.(type)) return "text";
  if (Arrow.DataType.isBool(type)) return "boolean";
  if (Arrow.DataType.isDate(type) || Arrow.DataType.isTimestamp(type)) return "date";
  return "other";
}

function plainValue(value, kind) {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "number":
      return typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : Number(value);
    case "date":
      return value instanceof Date ? value : new Date(Number(value));
    case "text":
    case "boolean":
      return value;
    default:
      return JSON.stringify(value?.toJSON?.() ?? value, (_, v) => (typeof v === "bigint" ? Number(v) : v));
  }
}
