import {columnLetter} from "../../src/errors/columnLetter.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";

/** One data row of a tidy table: its 1-based row number, its cells by column key, and a way to report a problem with one. */
export interface TidyRow<K extends string> {
  readonly row: number;
  /** The cell of column `key`, trimmed ("" when absent). */
  get(key: K): string;
  /** Records a DataError naming file, row, column (letter and header as written), the value and `expected`. */
  problem(key: K, expected: string): void;
}

/**
 * The data rows of a table whose first row is its header, with columns found by their folded
 * header (`columns`: key → "dia chi nguon"), blank rows skipped. A missing column throws one
 * DataError naming every missing header and the headers found; problems reported on rows
 * collect in `problems`, for throwIfProblems once every row is read.
 */
export function tidyRows<K extends string>(file: string, table: readonly (readonly string[])[], columns: Readonly<Record<K, string>>): {rows: TidyRow<K>[]; problems: DataError[]} {
  const written = table[0] ?? [];
  const header = written.map((c) => foldVietnamese(c));
  const keys = Object.keys(columns) as K[];
  const missing = keys.filter((key) => !header.includes(columns[key]));
  if (missing.length > 0) {
    throw new DataError({file, row: 1, expected: `the column${missing.length > 1 ? "s" : ""} ${missing.map((key) => `"${columns[key]}"`).join(", ")} in the header (found: ${header.join(", ")})`});
  }
  const at = Object.fromEntries(keys.map((key) => [key, header.indexOf(columns[key])])) as Record<K, number>;
  const problems: DataError[] = [];
  const rows: TidyRow<K>[] = [];
  table.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === "")) return;
    const row = i + 1;
    const get = (key: K): string => (cells[at[key]] ?? "").trim();
    rows.push({
      row,
      get,
      problem: (key, expected) => void problems.push(new DataError({file, row, column: `${columnLetter(at[key])} (${written[at[key]]})`, value: get(key), expected}))
    });
  });
  return {rows, problems};
}
