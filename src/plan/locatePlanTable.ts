import {columnLetter} from "../errors/columnLetter.ts";
import {DataError} from "../errors/dataError.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {PlanColumn} from "./planReportLayout.ts";

const MAX_TITLE_ROWS = 15;

/** A header cell as compared: folded, punctuation as spaces. */
export function headerKey(cell: unknown): string {
  return foldVietnamese(String(cell ?? "")).replace(/[^a-z0-9]+/g, " ").trim();
}

function identify<K extends string>(cell: unknown, columns: readonly PlanColumn<K>[]): K | null {
  const key = headerKey(cell);
  if (key === "") return null;
  const exact = columns.find((c) => c.aliases.includes(key));
  if (exact) return exact.key;
  // "Số lượng (tin, bài)" → count: a known header followed by more words
  const prefixed = columns.find((c) => c.aliases.some((a) => key.startsWith(`${a} `)));
  return prefixed?.key ?? null;
}

export interface PlanTable<K extends string> {
  /** 0-based index of the header row. */
  readonly headerRow: number;
  readonly columns: ReadonlyMap<K, number>;
  /** "C (Nhiệm vụ)": column letter and header as written, for error messages. */
  readonly label: (key: K) => string;
  /** A title line above the header carries the sample marker (DỮ LIỆU MẪU). */
  readonly sample: boolean;
}

/**
 * Finds a plan report's header row (within the first 15 rows) by its column headers and
 * reads which column holds what. Lines above it are titles; one that says "DỮ LIỆU MẪU"
 * marks the file as sample. Throws a DataError when no row names every required column or
 * a column appears twice.
 */
export function locatePlanTable<K extends string>(
  cells: readonly (readonly unknown[])[],
  columns: readonly PlanColumn<K>[],
  at: {readonly file: string; readonly sheet: string}
): PlanTable<K> {
  const required = columns.filter((c) => c.required);
  const headerRow = cells.slice(0, MAX_TITLE_ROWS).findIndex((row) => required.every((c) => row.some((cell) => identify(cell, columns) === c.key)));
  if (headerRow < 0) {
    throw new DataError({
      ...at,
      expected: `a header row within the first ${MAX_TITLE_ROWS} rows with the columns ${required.map((c) => `"${c.header}"`).join(", ")}`
    });
  }
  const found = new Map<K, number>();
  const header = cells[headerRow]!;
  header.forEach((cell, j) => {
    const key = identify(cell, columns);
    if (key === null) return;
    if (found.has(key)) {
      throw new DataError({...at, row: headerRow + 1, column: columnLetter(j), value: String(cell), expected: `one column only for "${columns.find((c) => c.key === key)!.header}" (also column ${columnLetter(found.get(key)!)})`});
    }
    found.set(key, j);
  });
  const sample = cells
    .slice(0, headerRow)
    .flat()
    .some((c) => foldVietnamese(String(c ?? "")).includes("du lieu mau"));
  return {
    headerRow,
    columns: found,
    label: (key) => {
      const j = found.get(key)!;
      return `${columnLetter(j)} (${String(header[j] ?? "").trim()})`;
    },
    sample
  };
}
