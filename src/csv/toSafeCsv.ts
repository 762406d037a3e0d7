/** A column of the CSV: a property name, or a header with a key or an accessor. */
export type CsvColumn<T> =
  | string
  | {readonly header: string; readonly key?: string; readonly value?: (row: T, index: number) => unknown};

export interface CsvOptions<T> {
  /** Columns in order, each written under its header. Omitted: array rows are written as they
   * are (no header line); object rows get every property, in order of first appearance. */
  readonly columns?: readonly CsvColumn<T>[];
  /** Start with a UTF-8 byte order mark, so Excel opens Vietnamese text as UTF-8. */
  readonly bom?: boolean;
}

// A cell starting with one of these can run as a formula when the file is opened in Excel or
// LibreOffice (CSV injection); "'" makes the spreadsheet keep it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Rows as CSV text (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in "\r\n". Safe to open in a spreadsheet: any text cell starting with
 * =, +, -, @, a tab or a carriage return gets a leading "'". Numbers are written as numbers
 * (a negative number stays a number); null, undefined, NaN and ±Infinity are empty cells
 * (missing, never 0); dates are ISO text; booleans true/false.
 */
export function toSafeCsv<T>(rows: readonly T[], options: CsvOptions<T> = {}): string {
  const lines: string[] = [];
  const columns = options.columns ?? (rows.every(Array.isArray) ? undefined : keysOf(rows));
  if (columns === undefined) {
    for (const row of rows) lines.push((row as readonly unknown[]).map(csvCell).join(","));
  } else {
    lines.push(columns.map((c) => csvCell(typeof c === "string" ? c : c.header)).join(","));
    rows.forEach((row, index) => {
      lines.push(columns.map((c) => csvCell(cellValue(row, index, c))).join(","));
    });
  }
  return (options.bom === true ? "\uFEFF" : "") + lines.map((line) => `${line}\r\n`).join("");
}

function cellValue<T>(row: T, index: number, column: CsvColumn<T>): unknown {
  if (typeof column === "string") return property(row, column);
  if (column.value !== undefined) return column.value(row, index);
  return property(row, column.key ?? column.header);
}

function property(row: unknown, key: string): unknown {
  // Plain property access, so Arrow row proxies and class instances work too.
  return row !== null && typeof row === "object" ? (row as Record<string, unknown>)[key] : undefined;
}

function keysOf(rows: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) if (row !== null && typeof row === "object") for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

/** One field, neutralised and quoted as needed. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  let text = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
