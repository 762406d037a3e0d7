import {utils, type CellObject, type WorkSheet} from "@e965/xlsx";
import {DataError} from "../../src/errors/dataError.ts";
import {SPREADSHEET_LIMITS} from "./spreadsheetLimits.ts";

type Limits = typeof SPREADSHEET_LIMITS;

function cellValue(cell: CellObject | undefined): unknown {
  if (cell === undefined || cell.v === undefined || cell.v === null) return null;
  if (cell.t === "e") return cell.w ?? "#ERROR!";
  if (typeof cell.v === "string") return cell.v.normalize("NFC");
  return cell.v;
}

/**
 * The index of the last entry of a (possibly sparse) array holding a value, or -1: the last slot
 * first, which is the answer in real rows; otherwise only the indices present, so that a hole
 * of a billion slots (a cell at column 1,000,000,000) costs nothing.
 */
function lastFilled<T>(items: readonly (T | undefined)[], filled: (item: T) => boolean): number {
  const last = items.length - 1;
  if (last >= 0 && items[last] !== undefined && filled(items[last])) return last;
  const present = Object.keys(items);
  for (let i = present.length - 1; i >= 0; i--) {
    const index = Number(present[i]);
    if (Number.isInteger(index) && index < last && filled(items[index]!)) return index;
  }
  return -1;
}

/**
 * The cells of one sheet parsed by SheetJS in dense mode (`!data`: rows of cells), as a grid
 * from A1 to the last filled row and column. The size comes from the cells present, never from
 * the sheet's `<dimension>` (or !ref), which a file may declare as A1:XFD1048576 with two cells
 * in it; a grid beyond the row, column or cell limits is a DataError naming the file, the sheet,
 * the last filled cell and the limit.
 */
export function workbookSheetCells(file: string, sheet: string, worksheet: WorkSheet, limits: Limits = SPREADSHEET_LIMITS): unknown[][] {
  const data = (worksheet["!data"] ?? []) as (CellObject | undefined)[][];
  let rows = 0;
  let columns = 0;
  // the indices present only: a sheet's rows are a sparse array when a cell sits far below the table
  for (const key of Object.keys(data)) {
    const r = Number(key);
    const row = data[r];
    if (!Number.isInteger(r) || !Array.isArray(row)) continue;
    const last = lastFilled(row, (cell) => cellValue(cell) !== null);
    if (last < 0) continue;
    rows = r + 1;
    if (last + 1 > columns) columns = last + 1;
  }
  const where = (): string => `its last filled row is ${rows.toLocaleString("en")} and its last filled column ${utils.encode_col(columns - 1)}`;
  const advice = "delete stray cells beyond the table (Ctrl+End shows the last one), or save only the report sheet";
  if (rows > limits.rows || columns > limits.columns) {
    throw new DataError({file, sheet, expected: `at most ${limits.rows.toLocaleString("en")} rows and ${limits.columns.toLocaleString("en")} columns (Excel's own grid), but ${where()}: this file was not saved by Excel; open it in Excel and save it again`});
  }
  if (rows * columns > limits.gridCells) {
    throw new DataError({file, sheet, expected: `a table of at most ${limits.gridCells.toLocaleString("en")} cells counting blanks from A1, but ${where()} (${(rows * columns).toLocaleString("en")} cells): ${advice}`});
  }
  const grid: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = data[r];
    const row: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = cellValue(source?.[c]);
    grid.push(row);
  }
  return grid;
}
