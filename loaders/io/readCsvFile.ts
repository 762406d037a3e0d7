import {dsvFormat} from "d3-dsv";
import {readFile, stat} from "node:fs/promises";
import {DataError} from "../../src/errors/dataError.ts";
import {detectDelimiter} from "./detectDelimiter.ts";
import {megabytes} from "./megabytes.ts";
import {SPREADSHEET_LIMITS} from "./spreadsheetLimits.ts";

/**
 * Reads a UTF-8 CSV (with or without BOM, comma or semicolon) into rows of strings, whole: for
 * report and reference CSVs, so one bigger than SPREADSHEET_LIMITS.reportCsvBytes is refused
 * (dossier-level exports are read by DuckDB instead, at any size).
 */
export async function readCsvRows(path: string): Promise<string[][]> {
  let text: string;
  try {
    const {size} = await stat(path);
    const limit = SPREADSHEET_LIMITS.reportCsvBytes;
    if (size > limit) {
      throw new DataError({
        file: path,
        expected: `a report CSV of at most ${megabytes(limit)} (it is read whole), but this one is ${megabytes(size)}: if it is a dossier-level export (one row per dossier), its header must name at least "Mã hồ sơ" and "Ngày tiếp nhận" so that it is read as one, by DuckDB, at any size`
      });
    }
    text = await readFile(path, "utf-8");
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\uFFFD")) throw new DataError({file: path, expected: "UTF-8 text (save the CSV as \"CSV UTF-8\")"});
  return dsvFormat(detectDelimiter(text.split(/\r?\n/, 40).join("\n"))).parseRows(text.normalize("NFC"));
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
