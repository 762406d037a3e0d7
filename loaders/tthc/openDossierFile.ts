import type {DuckDBConnection} from "@duckdb/node-api";
import {columnLetter} from "../../src/errors/columnLetter.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseDate} from "../../src/format/parseVietnameseDate.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {DOSSIER_COLUMNS, DOSSIER_SAMPLE_MARKER, type DossierField} from "../../src/tthc/dossierColumns.ts";
import {findDossierHeader, MAX_TITLE_ROWS, type DossierHeader} from "../../src/tthc/findDossierHeader.ts";
import {decodeText} from "../io/decodeText.ts";
import {readCsvHeader} from "../io/readCsvHeader.ts";
import {readFileHead} from "../io/readFileHead.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import {sqlIdentifier, sqlString} from "../io/sql.ts";

/** The non-personal columns a dossier export is read for, as named in the views below. */
export const READ_FIELDS = ["code", "unit", "channel", "level", "received", "due", "completed", "returnChannel", "paidOnline"] as const;
export type ReadField = (typeof READ_FIELDS)[number];

export const VIEW_COLUMN: Readonly<Record<ReadField, string>> = {
  code: "code",
  unit: "unit",
  channel: "channel",
  level: "level",
  received: "received",
  due: "due",
  completed: "completed",
  returnChannel: "return_channel",
  paidOnline: "paid_online"
};

/** Optional columns a reader may ask for besides READ_FIELDS (NULL in the views when the file lacks them). */
export type ExtraField = "procedure" | "field" | "digitised" | "eResult";
export const EXTRA_COLUMN: Readonly<Record<ExtraField, string>> = {procedure: "procedure", field: "field", digitised: "digitised", eResult: "e_result"};

export interface OpenedDossierFile {
  readonly sheet: string;
  /** Whether the view dossier_values_dated exists (CSV files). */
  readonly dated: boolean;
  /** "E (Kênh nộp)": where each read column is, for error messages. */
  readonly labels: Readonly<Record<ReadField | "note", string>>;
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** The extra columns asked for that the file has ("E (Thủ tục)"); absent ones are NULL in the views. */
  readonly extraLabels: Readonly<Partial<Record<ExtraField, string>>>;
}

function extraLabelsOf(header: DossierHeader, extra: readonly ExtraField[]): Partial<Record<ExtraField, string>> {
  return Object.fromEntries(extra.filter((f) => header.columns.has(f)).map((f) => [f, `${columnLetter(header.columns.get(f)!.index)} (${header.columns.get(f)!.header})`]));
}

const DATE_FIELDS: ReadonlySet<DossierField> = new Set(["received", "due", "completed"]);

/** Throws every header problem at once: missing required columns, repeated columns. */
function checkHeader(file: string, sheet: string, header: DossierHeader): void {
  const row = header.rowIndex + 1;
  const problems = DOSSIER_COLUMNS.filter((c) => c.required && !header.columns.has(c.key)).map(
    (c) => new DataError({file, sheet, row, expected: `a column headed "${c.header}" (a dossier export needs it)`})
  );
  for (const r of header.repeated) {
    const first = header.columns.get(r.key)!;
    problems.push(
      new DataError({file, sheet, row, column: `${columnLetter(r.index)} (${r.header})`, expected: `one column for "${r.header}"; column ${columnLetter(first.index)} has it already`})
    );
  }
  throwIfProblems(problems);
}

function labelsOf(header: DossierHeader): Record<ReadField | "note", string> {
  const label = (key: DossierField): string => {
    const c = header.columns.get(key);
    return c === undefined ? "" : `${columnLetter(c.index)} (${c.header})`;
  };
  return Object.fromEntries([...READ_FIELDS, "note" as const].map((f) => [f, label(f)])) as Record<ReadField | "note", string>;
}

function noHeader(file: string, sheet: string): DataError {
  return new DataError({file, sheet, expected: `a header row naming at least "Mã hồ sơ" and "Ngày tiếp nhận" within the first ${MAX_TITLE_ROWS + 1} rows`});
}

/** SQL: whether a "Ghi chú" cell holds the sample marker, in any case, with or without diacritics. */
function markedSql(note: string): string {
  return `coalesce(strip_accents(upper(trim(${note}))) = ${sqlString(foldVietnamese(DOSSIER_SAMPLE_MARKER).toUpperCase())}, false)`;
}

/**
 * Makes a dossier CSV queryable as three views, `dossier_rows` (with `row_no`, the 1-based file
 * row), `dossier_values` (the same without row numbers, which scans faster) and
 * `dossier_values_dated` (dossier_values with the dates read as DATE by DuckDB's CSV reader,
 * which is quicker than parsing text in SQL but fails with a Conversion Error on the first cell
 * that is not a dd/mm/yyyy date), holding only the non-personal columns and `note_marked`.
 * DuckDB reads the file; the personal columns are declared (every column must be) but never
 * selected, so their values never leave DuckDB's CSV reader. Rows with none of the read columns filled (";;;;" lines that Excel leaves) are not
 * dossiers: dossier_rows leaves them out (see below for dossier_values).
 */
async function openCsv(db: DuckDBConnection, file: string, extra: readonly ExtraField[]): Promise<OpenedDossierFile> {
  const found = await readCsvHeader(file, (cells) => findDossierHeader([cells]) !== null, MAX_TITLE_ROWS + 1);
  if (found === null) throw noHeader(file, "CSV");
  const header = {...findDossierHeader([found.cells])!, rowIndex: found.line};
  checkHeader(file, "CSV", header);
  // positional names: headers may repeat or hold characters that are awkward in SQL
  const dateIndices = new Set([...DATE_FIELDS].map((key) => header.columns.get(key)?.index));
  const source = (dated: boolean): string => {
    const type = (i: number): string => (dated && dateIndices.has(i) ? "DATE" : "VARCHAR");
    const columns = `{${found.cells.map((_, i) => `${sqlString(`c${i}`)}: '${type(i)}'`).join(", ")}}`;
    return (
      `read_csv(${sqlString(file)}, header = true, skip = ${found.line}, auto_detect = false, delim = ${sqlString(found.delimiter)}, ` +
      `quote = '"', escape = '"', null_padding = false, columns = ${columns}${dated ? `, dateformat = '%d/%m/%Y'` : ""})`
    );
  };
  const col = (key: DossierField): string => sqlIdentifier(`c${header.columns.get(key)!.index}`);
  const note = header.columns.has("note") ? markedSql(col("note")) : "false";
  const select = [
    ...READ_FIELDS.map((f) => `${col(f)} AS ${VIEW_COLUMN[f]}`),
    ...extra.map((f) => `${header.columns.has(f) ? col(f) : "NULL::VARCHAR"} AS ${EXTRA_COLUMN[f]}`)
  ].join(", ");
  const notBlank = `coalesce(${READ_FIELDS.map(col).join(", ")}) IS NOT NULL`;
  // no blank-row filter here: it would cost every row of the summary pass; a blank row fails the
  // row checks there, and the problem pass (which skips blank rows) then finds nothing wrong
  await db.run(`CREATE VIEW dossier_values AS SELECT ${select}, ${note} AS note_marked FROM ${source(false)}`);
  await db.run(`CREATE VIEW dossier_values_dated AS SELECT ${select}, ${note} AS note_marked FROM ${source(true)}`);
  await db.run(
    `CREATE VIEW dossier_rows AS SELECT (ordinality + ${found.line + 1})::BIGINT AS row_no, ${select}, ${note} AS note_marked ` +
      `FROM ${source(false)} WITH ORDINALITY WHERE ${notBlank}`
  );
  return {sheet: "CSV", dated: true, labels: labelsOf(header), headerRow: found.line + 1, extraLabels: extraLabelsOf(header, extra)};
}

function cellText(cell: unknown, key: DossierField): string | null {
  if (cell === null || cell === undefined) return null;
  if (DATE_FIELDS.has(key) && (cell instanceof Date || typeof cell === "number")) {
    const parsed = parseVietnameseDate(cell);
    if (parsed.ok && parsed.value !== null) {
      const [y, m, d] = parsed.value.split("-");
      return `${d}/${m}/${y}`;
    }
  }
  const text = cell instanceof Date ? cell.toISOString() : String(cell);
  return text.trim() === "" ? null : text;
}

/**
 * Makes a dossier workbook queryable as the views `dossier_rows` and `dossier_values` (see
 * openCsv). DuckDB cannot read .xlsx offline (its excel extension would be downloaded), so the
 * workbook is parsed in JavaScript; only the non-personal cells (and whether "Ghi chú" holds the
 * marker) are copied into DuckDB, row by row, and the parsed workbook is dropped.
 */
async function openWorkbook(db: DuckDBConnection, file: string, extra: readonly ExtraField[]): Promise<OpenedDossierFile> {
  const sheets = await readSpreadsheet(file);
  const found = sheets.map((s) => ({sheet: s, header: findDossierHeader(s.cells)})).find((s) => s.header !== null);
  if (found === undefined) throw noHeader(file, sheets[0]?.sheet ?? "");
  const {sheet, header} = found as {sheet: (typeof sheets)[number]; header: DossierHeader};
  checkHeader(file, sheet.sheet, header);
  await db.run(
    `CREATE TABLE dossier_table (row_no BIGINT, ${[...READ_FIELDS.map((f) => VIEW_COLUMN[f]), ...extra.map((f) => EXTRA_COLUMN[f])].map((c) => `${c} VARCHAR`).join(", ")}, note_marked BOOLEAN)`
  );
  const appender = await db.createAppender("dossier_table");
  const indices = READ_FIELDS.map((f) => header.columns.get(f)!.index);
  const extraIndices = extra.map((f) => header.columns.get(f)?.index);
  const noteIndex = header.columns.get("note")?.index;
  const marker = foldVietnamese(DOSSIER_SAMPLE_MARKER);
  for (let r = header.rowIndex + 1; r < sheet.cells.length; r++) {
    const row = sheet.cells[r]!;
    const values = READ_FIELDS.map((f, i) => cellText(row[indices[i]!], f));
    if (values.every((v) => v === null)) continue;
    appender.appendBigInt(BigInt(r + 1));
    for (const v of values) {
      if (v === null) appender.appendNull();
      else appender.appendVarchar(v);
    }
    for (const [i, f] of extra.entries()) {
      const v = extraIndices[i] === undefined ? null : cellText(row[extraIndices[i]!], f);
      if (v === null) appender.appendNull();
      else appender.appendVarchar(v);
    }
    const note = noteIndex === undefined ? null : row[noteIndex];
    appender.appendBoolean(typeof note === "string" && foldVietnamese(note) === marker);
    appender.endRow();
  }
  appender.closeSync();
  sheet.cells.length = 0;
  await db.run(`CREATE VIEW dossier_rows AS SELECT * FROM dossier_table`);
  await db.run(`CREATE VIEW dossier_values AS SELECT * EXCLUDE (row_no) FROM dossier_table`);
  return {sheet: sheet.sheet, dated: false, labels: labelsOf(header), headerRow: header.rowIndex + 1, extraLabels: extraLabelsOf(header, extra)};
}

/**
 * Opens a dossier export (.csv or .xlsx) in `db` as the views `dossier_rows` and
 * `dossier_values`. A missing required column or a repeated one throws (DataErrors for several).
 * `extra`: optional non-personal columns to add to the views (the QĐ 766 reckoning); none by default.
 */
export async function openDossierFile(db: DuckDBConnection, file: string, ext: string, extra: readonly ExtraField[] = []): Promise<OpenedDossierFile> {
  if (ext !== ".csv") return openWorkbook(db, file, extra);
  // DuckDB's CSV reader knows UTF-8 only: a Windows-1258 or UTF-16 CSV is decoded in JavaScript
  // and copied in like a workbook (only the non-personal cells).
  const {head, complete} = await readFileHead(file, 64 * 1024);
  return decodeText(head, {partial: !complete}).encoding === "utf-8" ? openCsv(db, file, extra) : openWorkbook(db, file, extra);
}
