import {dsvFormat} from "d3-dsv";
import {readFile, stat} from "node:fs/promises";
import {DataError} from "../../src/errors/dataError.ts";
import {decodeText, type TextEncodingName} from "./decodeText.ts";
import {detectDelimiter, type Delimiter} from "./detectDelimiter.ts";
import {megabytes} from "./megabytes.ts";
import {SPREADSHEET_LIMITS} from "./spreadsheetLimits.ts";

export interface CsvText {
  readonly rows: string[][];
  readonly encoding: TextEncodingName;
  readonly delimiter: Delimiter;
}

/**
 * Reads a CSV into rows of strings, whole: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text", tab-separated) or Windows-1258 (Excel's "CSV" on Vietnamese Windows);
 * comma, semicolon or tab; NFC. For report and reference CSVs, so one bigger than
 * SPREADSHEET_LIMITS.reportCsvBytes is refused (dossier-level exports are read by DuckDB instead,
 * at any size).
 */
export async function readCsvText(path: string): Promise<CsvText> {
  let bytes: Buffer;
  try {
    const {size} = await stat(path);
    const limit = SPREADSHEET_LIMITS.reportCsvBytes;
    if (size > limit) {
      throw new DataError({
        file: path,
        expected: `a report CSV of at most ${megabytes(limit)} (it is read whole), but this one is ${megabytes(size)}: if it is a dossier-level export (one row per dossier), its header must name at least "Mã hồ sơ" and "Ngày tiếp nhận" so that it is read as one, by DuckDB, at any size`
      });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  const {text, encoding, damagedUtf8} = decodeText(bytes);
  if (damagedUtf8) {
    const row = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    throw new DataError({file: path, row, expected: 'UTF-8 text: this row has bytes that are not UTF-8 (save the file again as "CSV UTF-8")'});
  }
  const delimiter = detectDelimiter(text.split(/\r?\n/, 40).join("\n"));
  return {rows: dsvFormat(delimiter).parseRows(text), encoding, delimiter};
}

/** The rows of a CSV (see readCsvText). */
export async function readCsvRows(path: string): Promise<string[][]> {
  return (await readCsvText(path)).rows;
}

/** Reads a CSV with a header row into records keyed by header; row numbers are 1-based file rows. */
export async function readCsvRecords(path: string): Promise<{header: string[]; records: {row: number; values: Record<string, string>}[]}> {
  const rows = await readCsvRows(path);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records = rows
    .slice(1)
    .map((cells, i) => ({row: i + 2, values: Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? "").trim()]))}))
    .filter((r) => Object.values(r.values).some((v) => v !== ""));
  return {header, records};
}
