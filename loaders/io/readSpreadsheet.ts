import {readFile} from "node:fs/promises";
import {extname} from "node:path";
import {read, utils, type CellObject, type WorkSheet} from "xlsx";
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
 * Reads every sheet of a spreadsheet (.xlsx, .xls) or a CSV into cell grids. Numbers in
 * workbooks stay numbers; CSV cells stay text, so that "1.234" is read the Vietnamese way
 * (thousands dot) by the parser rather than guessed here.
 */
let lastParse: {readonly buffer: Buffer; readonly sheets: SheetCells[]} | null = null;

export async function readSpreadsheet(path: string): Promise<SheetCells[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return [{sheet: "CSV", cells: await readCsvRows(path)}];
  if (ext !== ".xlsx" && ext !== ".xls") throw new DataError({file: path, expected: "a .xlsx, .xls or .csv file"});
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  // A file is read twice in a row when its kind is detected and then loaded: keep the last
  // parse and reuse it for identical bytes, so each workbook is parsed once.
  if (lastParse !== null && lastParse.buffer.equals(buffer)) return lastParse.sheets;
  let workbook;
  try {
    workbook = read(buffer, {type: "buffer", cellDates: true, cellFormula: false, cellHTML: false});
  } catch (error) {
    throw new DataError({file: path, expected: `a readable Excel workbook (${(error as Error).message})`});
  }
  const sheets = workbook.SheetNames.map((name) => ({sheet: name, cells: sheetCells(workbook.Sheets[name]!)}));
  lastParse = {buffer, sheets};
  return sheets;
}
