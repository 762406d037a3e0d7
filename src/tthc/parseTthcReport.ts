import {columnLetter} from "../errors/columnLetter.ts";
import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import {parseVietnameseNumber} from "../format/parseVietnameseNumber.ts";
import {expandHeader} from "../headers/expandHeader.ts";
import {parsePeriodLabel} from "../period/parsePeriodLabel.ts";
import {agreedPeriod, type PeriodPlace} from "../period/agreedPeriod.ts";
import {monthOfCell} from "../period/monthOfCell.ts";
import {periodFromFileName} from "../period/periodFromFileName.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {UnitMatch} from "../text/createUnitMatcher.ts";
import {identifyReportColumn, type ReportColumnKey} from "./identifyReportColumn.ts";
import {REPORT_COLUMNS} from "./reportLayout.ts";
import {TTHC_COUNT_FIELDS, type TthcCountField, type TthcCounts} from "./tthcCounts.ts";

export type Cell = unknown;

export interface TthcReportContext {
  readonly file: string;
  readonly sheet: string;
  /** A unit-name matcher over the units that existed in `month`. */
  readonly matcherFor: (month: string) => (name: string) => UnitMatch;
  /** The file's name, which may give the month ("bao-cao-thang-10-2024.xlsx") when no title line does. */
  readonly fileName?: string;
}

export interface ParsedTthcRow {
  readonly unitId: string;
  readonly unitName: string;
  /** 1-based spreadsheet row. */
  readonly row: number;
  /** Without the optional columns the report does not have (see `absent`). */
  readonly counts: Readonly<Partial<TthcCounts>>;
}

export interface ParsedTthcReport {
  readonly month: string;
  readonly sample: boolean;
  readonly rows: readonly ParsedTthcRow[];
  /** Whether the file had a "Tổng cộng" row (checked against the unit rows when present). */
  readonly hasTotalRow: boolean;
  /** Optional columns the report does not have: their counts are missing, never zero. */
  readonly absent: readonly TthcCountField[];
  /** 1-based first and last header rows. */
  readonly headerRows: readonly [number, number];
}

const MAX_TITLE_ROWS = 30;
const MAX_PROBLEMS = 50;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

function isTotalLabel(label: string): boolean {
  const f = foldVietnamese(label);
  return f === "tong" || f.startsWith("tong cong") || f.startsWith("tong so") || f === "cong" || f.startsWith("toan huyen");
}

function headerName(key: TthcCountField): string {
  const column = REPORT_COLUMNS.find((c) => c.key === key)!;
  return column.sub ? `${column.group} / ${column.sub}` : column.group;
}

/**
 * Reads one monthly TTHC report from its cell grid (title lines, a two-row merged header,
 * one row per unit, an optional "Tổng cộng" row) and checks it. Any problem throws a
 * DataError naming file, sheet, row, column, the value and what was expected (DataErrors when
 * several rows are wrong: every one is listed): a report either loads whole or not at all.
 */
export function parseTthcReport(cells: readonly (readonly Cell[])[], context: Readonly<TthcReportContext>): ParsedTthcReport {
  const {file, sheet} = context;
  const fail = (expected: string, at: {row?: number; unit?: string; column?: string; value?: unknown} = {}): never => {
    throw new DataError({file, sheet, expected, ...at});
  };

  // The header row names the unit column and a dossier column; a title line such as
  // "Đơn vị báo cáo: UBND huyện Lộc Hà" names only the former.
  const headerRow = cells.slice(0, MAX_TITLE_ROWS).findIndex(
    (row) => row.some((c) => identifyReportColumn(text(c), "") === "unit") && row.some((c) => /ho so|tiep nhan|giai quyet/.test(expandHeader(foldVietnamese(text(c)))))
  );
  if (headerRow < 0) fail(`a header row with a column named "Đơn vị" and the dossier columns within the first ${MAX_TITLE_ROWS} rows`);

  const titleCells = cells.slice(0, headerRow).flatMap((row, i) => row.map((c) => ({text: text(c), row: i + 1}))).filter((t) => t.text !== "");
  const sample = titleCells.some((t) => foldVietnamese(t.text).includes("du lieu mau"));
  const titled = titleCells.map((t) => ({...t, period: parsePeriodLabel(t.text)})).find((t) => t.period !== null) ?? null;
  if (titled !== null && titled.period!.grain !== "month") {
    fail(`a monthly report; this file covers ${formatPeriod(titled.period!.id)}`, {row: titled.row, value: titled.text});
  }
  // Two-row header: a group label merged across its columns (blank in the merged cells to
  // its right) above the sub-headers.
  const groupRow = cells[headerRow] ?? [];
  const subRow = cells[headerRow + 1] ?? [];
  const subIsHeader = subRow.some((c) => {
    const t = text(c);
    return t !== "" && !parseVietnameseNumber(t).ok;
  });
  const width = Math.max(groupRow.length, subIsHeader ? subRow.length : 0);
  const columns = new Map<ReportColumnKey, number>();
  let group = "";
  for (let j = 0; j < width; j++) {
    const g = text(groupRow[j]);
    const s = subIsHeader ? text(subRow[j]) : "";
    if (g !== "") group = g;
    else if (s === "") group = "";
    const key = identifyReportColumn(g !== "" ? g : group, s);
    if (key === null) continue;
    if (columns.has(key)) {
      fail(`only one column for "${key === "unit" || key === "index" ? key : headerName(key)}"`, {
        row: headerRow + (subIsHeader ? 2 : 1),
        column: columnLetter(j),
        value: [g || group, s].filter(Boolean).join(" / ")
      });
    }
    columns.set(key, j);
  }
  const missing = REPORT_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.key);
  if (missing.length > 0) {
    fail(`columns ${missing.map((f) => `"${f === "unit" ? "Đơn vị" : headerName(f as TthcCountField)}"`).join(", ")} in the header (rows ${headerRow + 1}-${headerRow + 2})`);
  }
  const present = TTHC_COUNT_FIELDS.filter((f) => columns.has(f));
  const absent = TTHC_COUNT_FIELDS.filter((f) => !columns.has(f));
  const firstBodyRow = headerRow + (subIsHeader ? 2 : 1);

  // The month: a title line, a "Tháng" column (with a "Năm" column beside it or not), or the
  // file name ("bao-cao-thang-10-2024.xlsx"); wherever it is written twice it must agree.
  const places: PeriodPlace[] = [];
  if (titled !== null) places.push({where: "the title", period: titled.period!.id, row: titled.row, value: titled.text});
  places.push(...monthColumnPlaces(cells, {headerRow, width, subIsHeader, firstBodyRow, unitColumn: columns.get("unit")!, totalColumn: columns.get("receivedTotal")!}, fail));
  const named = context.fileName === undefined ? null : periodFromFileName(context.fileName);
  // the file name counts only when it names a month ("DDCI_2023" would not)
  if (named?.grain === "month") places.push({where: `the file name "${context.fileName}"`, period: named.id});
  const agreed = agreedPeriod(places);
  if (agreed.disagreeing !== null) {
    const [a, b] = agreed.disagreeing;
    const at = a.row !== undefined ? a : b;
    fail(`one month; ${a.where} says ${formatPeriod(a.period)}, ${b.where} says ${formatPeriod(b.period)}`, {
      ...(at.row === undefined ? {} : {row: at.row}),
      ...(at.column === undefined ? {} : {column: at.column}),
      ...(at.value === undefined ? {} : {value: at.value})
    });
  }
  const month = agreed.period;
  if (month === null) {
    fail(`the month: a title line above the table such as "Tháng 10/2024"${headerRow > 0 ? ` (rows 1-${headerRow})` : ""}, a "Tháng" column, or the file name such as "bao-cao-thang-10-2024.xlsx"`, {row: 1});
  }
  const unitColumn = columns.get("unit")!;
  const label = (field: TthcCountField): string => `${columnLetter(columns.get(field)!)} (${headerName(field)})`;
  const unitLabel = `${columnLetter(unitColumn)} (${text(groupRow[unitColumn]) || "Đơn vị"})`;

  const matchUnit = context.matcherFor(month!);
  const rows: ParsedTthcRow[] = [];
  const seen = new Map<string, number>();
  let totalRow: {row: number; counts: Partial<TthcCounts>} | null = null;
  const problems: DataError[] = [];
  for (let i = headerRow + (subIsHeader ? 2 : 1); i < cells.length; i++) {
    // Row-level problems are collected so an analyst sees them all at once; a structural
    // problem (no header, no month) stops at once above.
    try {
      const row = cells[i] ?? [];
      const rowNumber = i + 1;
      const countCells = present.map((f) => row[columns.get(f)!]);
      const countsBlank = countCells.every((c) => text(c) === "");
      // a "Tổng cộng" label may sit in the STT column, merged across to the unit column
      const labelText = text(row[unitColumn]) || (columns.has("index") ? text(row[columns.get("index")!]) : "");
      const unitName = text(row[unitColumn]) || (isTotalLabel(labelText) ? labelText : "");
      if (countsBlank && (unitName === "" || totalRow !== null)) continue; // blank line, or signatures below the table
      if (row.every((c) => text(c) === "" || /^\(\s*\d+\s*\)$/.test(text(c)))) continue; // column numbers "(1) (2) …"
      if (unitName === "") fail("a unit name", {row: rowNumber, column: unitLabel, value: ""});
      if (totalRow !== null) {
        fail(`no unit rows after the "Tổng cộng" row (row ${totalRow.row})`, {row: rowNumber, column: unitLabel, value: unitName});
      }
      const counts: Partial<Record<TthcCountField, number>> = {};
      for (const field of present) {
        const raw = row[columns.get(field)!];
        const parsed = parseVietnameseNumber(raw);
        const where = {row: rowNumber, unit: unitName, column: label(field), value: raw ?? ""};
        if (!parsed.ok) fail(`a count of dossiers: ${parsed.expected}`, where);
        const value = (parsed as {value: number | null}).value;
        if (value === null) fail("a count of dossiers (write 0 when there were none; a blank cell is not a zero)", where);
        if (!Number.isInteger(value) || value! < 0) fail("a whole number of dossiers, 0 or more", where);
        counts[field] = value!;
      }
      if (isTotalLabel(unitName)) {
        totalRow = {row: rowNumber, counts};
        continue;
      }
      checkRowConsistency(counts, (field, expected) => fail(expected, {row: rowNumber, unit: unitName, column: label(field), value: counts[field]}));
      const match = matchUnit(unitName);
      if (!match.ok) {
        const hint = match.suggestions.length > 0 ? `; closest: ${match.suggestions.join(", ")}` : "";
        fail(`the name of a unit that existed in ${formatPeriod(month!)}${hint}`, {row: rowNumber, column: unitLabel, value: unitName});
      }
      const unitId = (match as {id: string}).id;
      const earlier = seen.get(unitId);
      if (earlier !== undefined) {
        fail(`one row per unit; this unit is already on row ${earlier}`, {row: rowNumber, column: unitLabel, value: unitName});
      }
      seen.set(unitId, rowNumber);
      rows.push({unitId, unitName, row: rowNumber, counts});
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
      if (problems.length >= MAX_PROBLEMS) break;
    }
  }
  throwIfProblems(problems);
  if (rows.length === 0) fail("at least one unit row under the header");
  if (totalRow !== null) {
    for (const field of present) {
      const sum = rows.reduce((s, r) => s + r.counts[field]!, 0);
      if (sum !== totalRow.counts[field]) {
        fail(`the "Tổng cộng" row to equal the sum of the unit rows (${sum})`, {
          row: totalRow.row,
          column: label(field),
          value: totalRow.counts[field]
        });
      }
    }
  }
  return {month: month!, sample, rows, hasTotalRow: totalRow !== null, absent, headerRows: [headerRow + 1, headerRow + (subIsHeader ? 2 : 1)]};
}

const MONTH_HEADERS = new Set(["thang", "thang nam", "ky", "ky bao cao", "month", "period"]);
const YEAR_HEADERS = new Set(["nam", "year"]);

/**
 * The month a "Tháng" column gives (with a "Năm" column when it holds bare month numbers), read
 * on the unit rows only: one place, or none when there is no such column. Two months in the
 * column, or a cell naming none, fail.
 */
function monthColumnPlaces(
  cells: readonly (readonly Cell[])[],
  at: {readonly headerRow: number; readonly width: number; readonly subIsHeader: boolean; readonly firstBodyRow: number; readonly unitColumn: number; readonly totalColumn: number},
  fail: (expected: string, where: {row?: number; unit?: string; column?: string; value?: unknown}) => never
): PeriodPlace[] {
  const headerOf = (j: number): string => foldVietnamese([text(cells[at.headerRow]?.[j]), at.subIsHeader ? text(cells[at.headerRow + 1]?.[j]) : ""].join(" ")).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const columnsNamed = (names: ReadonlySet<string>): number[] => Array.from({length: at.width}, (_, j) => j).filter((j) => names.has(headerOf(j)));
  const [monthColumn] = columnsNamed(MONTH_HEADERS);
  if (monthColumn === undefined) return [];
  const [yearColumn] = columnsNamed(YEAR_HEADERS);
  const label = `${columnLetter(monthColumn)} (${text(cells[at.headerRow]?.[monthColumn]) || text(cells[at.headerRow + 1]?.[monthColumn])})`;
  const seen = new Map<string, number>();
  for (let i = at.firstBodyRow; i < cells.length; i++) {
    const row = cells[i] ?? [];
    const unit = text(row[at.unitColumn]);
    if (unit === "" || isTotalLabel(unit) || !parseVietnameseNumber(row[at.totalColumn]).ok || text(row[monthColumn]) === "") continue;
    const year = yearColumn === undefined ? null : text(row[yearColumn]) || null;
    const month = monthOfCell(row[monthColumn], year);
    if (month === null) fail('a month such as "10/2024"', {row: i + 1, unit, column: label, value: row[monthColumn]});
    if (!seen.has(month!)) seen.set(month!, i + 1);
  }
  if (seen.size > 1) {
    const [[a, rowA], [b, rowB]] = [...seen] as [string, number][];
    fail(`one month per report; column ${label} has ${formatPeriod(a)} (row ${rowA}) and ${formatPeriod(b)} (row ${rowB})`, {row: rowB, column: label});
  }
  return [...seen].map(([period, row]) => ({where: `column ${label}`, period, row, column: label, value: text(cells[row - 1]?.[monthColumn])}));
}

/**
 * Relations that hold in any honest report; the first broken one is reported. The required
 * counts are always there; a relation involving an absent optional column is not checked.
 */
function checkRowConsistency(c: Readonly<Partial<TthcCounts>>, fail: (field: TthcCountField, expected: string) => never): void {
  const total = c.receivedTotal!;
  const online = c.receivedOnline!;
  const postal = c.receivedPostal!;
  if (online > total) fail("receivedOnline", `at most the total received (${total})`);
  if (c.receivedFullyOnline !== undefined && c.receivedFullyOnline > online) fail("receivedFullyOnline", `at most the dossiers received online (${online})`);
  if (postal > total) fail("receivedPostal", `at most the total received (${total})`);
  if (c.receivedInPerson !== undefined) {
    const channels = online + c.receivedInPerson + postal;
    if (channels !== total) fail("receivedTotal", `online + in person + postal (${channels}) to equal the total received`);
  } else if (online + postal > total) {
    fail("receivedTotal", `at least online + postal (${online + postal})`);
  }
  const resolved = c.resolvedOnTime! + c.resolvedLate!;
  if (c.returnedPostal !== undefined && c.returnedPostal > resolved) fail("returnedPostal", `at most the dossiers resolved (${resolved})`);
  if (c.paidOnline !== undefined && c.paidOnline > total) fail("paidOnline", `at most the total received (${total})`);
}
