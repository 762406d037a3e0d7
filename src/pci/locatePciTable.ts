import {columnLetter} from "../errors/columnLetter.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import {identifyPciColumn, type PciColumnKind} from "./identifyPciColumn.ts";

/** One indicator column of a PCI table and the province column its values belong to. */
export interface PciTableColumn {
  /** 0-based column index. */
  readonly index: number;
  /** Column letter and header for messages: "C (Gia nhập thị trường)". */
  readonly label: string;
  readonly indicator: string;
  /** 0-based index of the province column naming each row's province for this column. */
  readonly provinceIndex: number;
  readonly provinceLabel: string;
}

/** A problem with the table's layout, found while locating it (reported only for the sheet read). */
export interface PciTableIssue {
  /** 1-based row. */
  readonly row: number;
  readonly column: string;
  readonly expected: string;
}

export interface PciTable {
  /** 0-based first and last header rows. */
  readonly headerRows: readonly [number, number];
  /** 0-based first and last body rows (one row per rank position or province). */
  readonly bodyRows: readonly [number, number];
  readonly columns: readonly PciTableColumn[];
  /** A year written in the total column's header ("PCI 2016") or a title line above the table. */
  readonly year: string | null;
  readonly issues: readonly PciTableIssue[];
  /**
   * Headed columns of numbers that match no PCI indicator (e.g. a sub-index named in a way not
   * yet in PCI_HEADER_SYNONYMS): not read, and reported as warnings, never dropped in silence.
   */
  readonly unmatched: readonly {readonly column: string}[];
}

const MIN_INDICATORS = 3;
const MAX_HEADER_ROWS = 3;
const NUMERIC_TEXT = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/;
const YEAR = /\b((?:19|20)\d{2})\b/;
const TITLE_YEAR = /\bpci\b\D{0,20}((?:19|20)\d{2})\b|\bnam ((?:19|20)\d{2})\b/;

type Row = readonly unknown[];

const text = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell).replace(/\s+/gu, " ").trim());
const isNumeric = (cell: unknown): boolean => (typeof cell === "number" && Number.isFinite(cell)) || (typeof cell === "string" && NUMERIC_TEXT.test(cell));
const isName = (cell: unknown): boolean => typeof cell === "string" && cell.trim() !== "" && !isNumeric(cell);
const filled = (row: Row | undefined): number => (row ?? []).filter((c) => text(c) !== "").length;
// A body row: several numbers (the scores) and at least one name (the province).
const looksLikeData = (row: Row | undefined): boolean => (row ?? []).filter(isNumeric).length >= MIN_INDICATORS && (row ?? []).some(isName);

/**
 * Finds a PCI summary table in a sheet's cells by its header text, not by position: the header
 * (one to three rows, above the first row of scores), the body (down to the first blank row or,
 * when the table numbers its rows, the first row without a number: "MIN"/"MAX" lines and lookup
 * blocks below the table are not read), and each indicator column with its province column.
 *
 * Two layouts occur in VCCI's workbooks, and both are read: one province column for all
 * indicators (2006), or one province column per indicator, each list sorted by its own score
 * (2008-2016: "Tỉnh | Gia nhập thị trường | (tỉnh) | Tiếp cận đất đai | …"). An indicator's
 * province column is the only one, or else the nearest one to its left.
 *
 * Null when no row in the first `scanRows` rows heads a table with at least three PCI columns.
 */
export function locatePciTable(cells: readonly Row[], scanRows = 40): PciTable | null {
  const limit = Math.min(cells.length, scanRows);
  for (let first = 0; first < limit; first++) {
    if (!looksLikeData(cells[first])) continue;
    let top = first;
    while (top > 0 && first - top < MAX_HEADER_ROWS && filled(cells[top - 1]) >= 2 && !looksLikeData(cells[top - 1])) top--;
    if (top === first) continue;
    const table = tableAt(cells, top, first);
    if (table !== null) return table;
  }
  return null;
}

function tableAt(cells: readonly Row[], top: number, first: number): PciTable | null {
  const width = Math.max(...cells.slice(top, first + 1).map((r) => r.length));
  const headers = Array.from({length: width}, (_, c) => cells.slice(top, first).map((row) => text(row[c])));
  const kinds: (PciColumnKind | null)[] = headers.map((h) => identifyPciColumn(h));
  const indicators = new Set(kinds.flatMap((k) => (k?.kind === "indicator" ? [k.indicator] : [])));
  if (indicators.size < MIN_INDICATORS) return null;

  const headerBlank = (c: number): boolean => headers[c]!.every((h) => h === "");
  const ordinal = kinds.findIndex((k) => k?.kind === "ordinal");
  const numbered = ordinal >= 0 ? ordinal : headerBlank(0) && Number(text(cells[first]![0])) === 1 ? 0 : -1;
  let last = first;
  while (last + 1 < cells.length && filled(cells[last + 1]) > 0 && (numbered < 0 || isNumeric(cells[last + 1]![numbered]))) last++;
  const body = cells.slice(first, last + 1);

  const label = (c: number): string => {
    const header = headers[c]!.filter((h) => h !== "").join(" / ");
    return header === "" ? columnLetter(c) : `${columnLetter(c)} (${header.length > 60 ? `${header.slice(0, 57)}...` : header})`;
  };
  // Province columns: headed "Tỉnh"/"Province", or unheaded and holding names (the later lists
  // of the one-list-per-indicator layout).
  const provinces = kinds.flatMap((k, c) =>
    k?.kind === "province" || (k === null && headerBlank(c) && body.filter((r) => isName(r[c])).length * 2 >= body.length) ? [c] : []
  );

  const issues: PciTableIssue[] = [];
  const columns: PciTableColumn[] = [];
  const seen = new Map<string, number>();
  kinds.forEach((kind, c) => {
    if (kind?.kind === "ambiguous") {
      issues.push({row: top + 1, column: label(c), expected: `a header naming one PCI indicator (it names ${kind.indicators.join(" and ")})`});
    }
    if (kind?.kind !== "indicator") return;
    const earlier = seen.get(kind.indicator);
    if (earlier !== undefined) {
      issues.push({row: top + 1, column: label(c), expected: `one column for ${kind.indicator} (also column ${label(earlier)})`});
      return;
    }
    seen.set(kind.indicator, c);
    const left = provinces.filter((p) => p < c);
    const provinceIndex = provinces.length === 1 ? provinces[0]! : left[left.length - 1];
    if (provinceIndex === undefined) {
      issues.push({row: top + 1, column: label(c), expected: "a province column (Tỉnh / Province) to the left of this column"});
      return;
    }
    columns.push({index: c, label: label(c), indicator: kind.indicator, provinceIndex, provinceLabel: label(provinceIndex)});
  });

  const unmatched = kinds.flatMap((kind, c) =>
    kind === null && !headerBlank(c) && body.filter((r) => isNumeric(r[c])).length * 2 >= body.length ? [{column: label(c)}] : []
  );
  const total = columns.find((c) => c.indicator === "pci_total");
  const totalYear = total === undefined ? null : (YEAR.exec(headers[total.index]!.join(" "))?.[1] ?? null);
  const titleYear = cells
    .slice(0, top)
    .flatMap((row) => row.map((cell) => TITLE_YEAR.exec(foldVietnamese(text(cell)))))
    .map((m) => m?.[1] ?? m?.[2] ?? null)
    .find((y) => y !== null);
  return {headerRows: [top, first - 1], bodyRows: [first, last], columns, year: totalYear ?? titleYear ?? null, issues, unmatched};
}
