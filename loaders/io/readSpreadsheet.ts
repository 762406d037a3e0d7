import {readFile, stat} from "node:fs/promises";
import {extname} from "node:path";
import {read, type WorkBook} from "@e965/xlsx";
import {DataError} from "../../src/errors/dataError.ts";
import {checkWorkbookZip} from "./checkWorkbookZip.ts";
import {megabytes} from "./megabytes.ts";
import {readCsvRows} from "./readCsvFile.ts";
import {readFileHead} from "./readFileHead.ts";
import {SPREADSHEET_LIMITS} from "./spreadsheetLimits.ts";
import {workbookSheetCells} from "./workbookSheetCells.ts";

export interface SheetCells {
  readonly sheet: string;
  /** Cell values: numbers, strings, booleans, Dates, Excel errors as their text ("#DIV/0!"), or null. */
  readonly cells: unknown[][];
}

/**
 * A workbook parsed for detecting its kind (readSpreadsheet with `keep`), handed to the next
 * read of identical bytes — the load that follows — and then forgotten: the loader owns what it
 * gets and may drop cells it has copied, so no later read can see them.
 */
let lastParse: {readonly buffer: Buffer; readonly sheets: SheetCells[]} | null = null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: a legacy .xls, or an .xlsx protected by a password. */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (head: Buffer, magic: readonly number[]): boolean => magic.every((byte, i) => head[i] === byte);

function readError(path: string, error: unknown): DataError {
  return new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
}

/**
 * Reads a workbook's bytes after the checks its kind allows before reading: a zip (.xlsx) is
 * to be inspected part by part (checkWorkbookZip) before parsing; a legacy .xls — or a web page or XML table saved as
 * .xls, which government systems often export — cannot be measured before parsing, so its file
 * size is limited; an .xlsx that is neither a zip nor a compound file is refused.
 */
async function readWorkbookBytes(path: string, ext: string): Promise<{buffer: Buffer; zip: boolean}> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw readError(path, error);
  }
  const {head} = await readFileHead(path, COMPOUND.length);
  const zip = startsWith(head, ZIP);
  if (!zip && ext === ".xlsx" && !startsWith(head, COMPOUND)) {
    throw new DataError({file: path, expected: "an Excel workbook, but this file is not one (an .xlsx is a zip, and this does not start like one): it may be another kind of file renamed .xlsx, or damaged; open it in Excel and save it again as .xlsx"});
  }
  // a zip cannot be much bigger than what it unpacks to, so its size is bounded by the same limit
  const limit = zip ? SPREADSHEET_LIMITS.unpackedBytes : SPREADSHEET_LIMITS.legacyBytes;
  if (size > limit) {
    throw new DataError({
      file: path,
      expected: zip
        ? `a workbook of at most ${megabytes(limit)} (the limit for one file), but this one is ${megabytes(size)}: is this the right file? Split it, or save only the report sheet; a dossier export can be saved as CSV UTF-8 instead`
        : `a legacy .xls file of at most ${megabytes(limit)}, but this one is ${megabytes(size)}: is this the right file? Open it in Excel and save it as .xlsx (which is checked part by part) or as CSV UTF-8`
    });
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
  return {buffer, zip};
}

/**
 * Reads every sheet of a spreadsheet (.xlsx, .xls) or a CSV into cell grids. Numbers in
 * workbooks stay numbers; CSV cells stay text, so that "1.234" is read the Vietnamese way
 * (thousands dot) by the parser rather than guessed here. `keep`: the next read of the same
 * bytes reuses this parse (see lastParse). A workbook beyond SPREADSHEET_LIMITS is refused with a
 * DataError before it can use much memory or time.
 */
export async function readSpreadsheet(path: string, options: {readonly keep?: boolean} = {}): Promise<SheetCells[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return [{sheet: "CSV", cells: await readCsvRows(path)}];
  if (ext !== ".xlsx" && ext !== ".xls") throw new DataError({file: path, expected: "a .xlsx, .xls or .csv file"});
  const {buffer, zip} = await readWorkbookBytes(path, ext);
  const reused = lastParse !== null && lastParse.buffer.equals(buffer) ? lastParse.sheets : null;
  lastParse = null;
  if (reused !== null) return reused;
  if (zip) await checkWorkbookZip(path, buffer);
  let workbook: WorkBook;
  try {
    // dense: rows of cells (`!data`) rather than one key per cell; nodim: the range from the cells
    // read, not the <dimension> a file declares. No sheetRows: it would drop rows past the limit
    // silently, where workbookSheetCells refuses them.
    workbook = read(buffer, {
      type: "buffer",
      dense: true,
      nodim: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false
    });
  } catch (error) {
    throw new DataError({file: path, expected: `a readable Excel workbook (${(error as Error).message})`});
  }
  if (workbook.SheetNames.length > SPREADSHEET_LIMITS.sheets) {
    throw new DataError({
      file: path,
      expected: `a workbook of at most ${SPREADSHEET_LIMITS.sheets} sheets (reports have a few), but this one has ${workbook.SheetNames.length}: is this the right file? Save only the report sheets`
    });
  }
  const sheets = workbook.SheetNames.map((name) => ({sheet: name, cells: workbookSheetCells(path, name, workbook.Sheets[name]!)}));
  if (options.keep === true) lastParse = {buffer, sheets};
  return sheets;
}
