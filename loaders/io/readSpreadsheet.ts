import {readFile} from "node:fs/promises";
import {extname} from "node:path";
import {read, utils, type CellObject, type WorkSheet} from "@e965/xlsx";
import {DataError} from "../../src/errors/dataError.ts";
import {readCsvRows} from "./readCsvFile.ts";

export interface SheetCells {
  readonly sheet: string;
  /** Cell values: numbers, strings, booleans, Dates, Excel errors as their text ("#DIV/0!"), or null. */
  readonly cells: unknown[][];
}

function cellValue(cell: CellObject | undefined): unknown {
  if (cell === undefined || cell.v === undefined || cell.v === null) return null;
  if (cell.t === "e") return cell.w ?? "#ERROR!";
  if (typeof cell.v === "string") return cell.v.normalize("NFC");
  return cell.v;
}

function sheetCells(sheet: WorkSheet): unknown[][] {
  if (!sheet["!ref"]) return [];
  const range = utils.decode_range(sheet["!ref"]);
  const rows: unknown[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: unknown[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(cellValue(sheet[utils.encode_cell({r, c})] as CellObject | undefined));
    rows.push(row);
  }
  return rows;
}

/**
 * A workbook parsed for detecting its kind (readSpreadsheet with `keep`), handed to the next
 * read of identical bytes — the load that follows — and then forgotten: the loader owns what it
 * gets and may drop cells it has copied, so no later read can see them.
 */
let lastParse: {readonly buffer: Buffer; readonly sheets: SheetCells[]} | null = null;

/**
 * Reads every sheet of a spreadsheet (.xlsx, .xls) or a CSV into cell grids. Numbers in
 * workbooks stay numbers; CSV cells stay text, so that "1.234" is read the Vietnamese way
 * (thousands dot) by the parser rather than guessed here. `keep`: the next read of the same
 * bytes reuses this parse (see lastParse).
 */
export async function readSpreadsheet(path: string, options: {readonly keep?: boolean} = {}): Promise<SheetCells[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return [{sheet: "CSV", cells: await readCsvRows(path)}];
  if (ext !== ".xlsx" && ext !== ".xls") throw new DataError({file: path, expected: "a .xlsx, .xls or .csv file"});
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  const reused = lastParse !== null && lastParse.buffer.equals(buffer) ? lastParse.sheets : null;
  lastParse = null;
  if (reused !== null) return reused;
  let workbook;
  try {
    workbook = read(buffer, {type: "buffer", cellDates: true, cellFormula: false, cellHTML: false});
  } catch (error) {
    throw new DataError({file: path, expected: `a readable Excel workbook (${(error as Error).message})`});
  }
  const sheets = workbook.SheetNames.map((name) => ({sheet: name, cells: sheetCells(workbook.Sheets[name]!)}));
  if (options.keep === true) lastParse = {buffer, sheets};
  return sheets;
}
