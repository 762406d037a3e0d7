import {dsvFormat} from "d3-dsv";
import {readFile} from "node:fs/promises";
import {DataError} from "../../src/errors/dataError.ts";
import {detectDelimiter} from "./detectDelimiter.ts";

/** Reads a UTF-8 CSV (with or without BOM, comma or semicolon) into rows of strings. */
export async function readCsvRows(path: string): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(path, "utf-8");
  } catch (error) {
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
