import {columnLetter} from "../errors/columnLetter.ts";
import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {parseVietnameseNumber} from "../format/parseVietnameseNumber.ts";
import {DDCI_COMPONENT_IDS, type DdciComponentId} from "../model/ddciIndicators.ts";
import {parsePeriodLabel} from "../period/parsePeriodLabel.ts";
import {agreedPeriod, type PeriodPlace} from "../period/agreedPeriod.ts";
import {columnPeriodPlace} from "../period/columnPeriodPlace.ts";
import {periodFromFileName} from "../period/periodFromFileName.ts";
import type {UnitMatch} from "../text/createUnitMatcher.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import {DDCI_CLASSIFICATIONS, DDCI_COLUMNS, type DdciClassification, type DdciColumnKey} from "./ddciLayout.ts";
import {identifyDdciColumn} from "./identifyDdciColumn.ts";

export interface DdciTableContext {
  readonly file: string;
  readonly sheet: string;
  /** A unit-name matcher over the units DDCI scored in `year` ("2021"). */
  readonly matcherFor: (year: string) => (name: string) => UnitMatch;
  /** The file's name, which may give the year ("DDCI_2023.xlsx"). */
  readonly fileName?: string;
}

export interface ParsedDdciRow {
  readonly unitId: string;
  readonly unitName: string;
  /** 1-based spreadsheet row. */
  readonly row: number;
  /** Số phiếu; null when the table has no such column or the cell is blank. */
  readonly responses: number | null;
  /** Component scores 0-10; null where the unit is not scored ("-" or blank), never 0. */
  readonly scores: Readonly<Record<DdciComponentId, number | null>>;
  readonly total: number;
  /** Xếp loại as published (canonical spelling); null when the table has no such column. */
  readonly classification: DdciClassification | null;
}

export interface ParsedDdciTable {
  /** "2021". */
  readonly year: string;
  readonly sample: boolean;
  /** Where the figures were published: the address in a "Nguồn: …" title line, else its text. */
  readonly sourceUrl: string | null;
  readonly rows: readonly ParsedDdciRow[];
  /** 1-based first and last header rows. */
  readonly headerRows: readonly [number, number];
}

type Cell = unknown;

const MAX_TITLE_ROWS = 30;
const REQUIRED: readonly DdciColumnKey[] = ["unit", ...DDCI_COMPONENT_IDS, "total"];

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

function headerName(key: DdciColumnKey): string {
  return DDCI_COLUMNS.find((c) => c.key === key)!.header;
}

/** The year a line names when it is about DDCI: "Kết quả DDCI năm 2021", "DDCI 2021 (Thang điểm 100)". */
function ddciYear(line: string): string | null {
  const folded = foldVietnamese(line);
  if (!folded.includes("ddci")) return null;
  const period = parsePeriodLabel(line);
  if (period !== null && period.grain === "year") return period.id;
  const bare = /ddci\D{0,12}?(20\d{2})(?!\d)/.exec(folded);
  return bare === null ? null : bare[1]!;
}

/** Rows that summarise rather than name a unit: "Trung bình chung", "Tổng", "Toàn tỉnh". */
function isSummaryLabel(label: string): boolean {
  const f = foldVietnamese(label);
  return /^(?:trung binh|diem trung binh|binh quan|tong|toan tinh|chung)\b/.test(f);
}

const CLASSIFICATION_BY_KEY = new Map(DDCI_CLASSIFICATIONS.map((c) => [foldVietnamese(c), c]));

/**
 * Reads one DDCI results table (kết quả DDCI) from its cell grid: title lines naming the year,
 * a header row (optionally with the component names in a second row under a merged group
 * header, as Hà Tĩnh publishes it), one row per unit. Columns are found by header text. A
 * "-" or blank component is a unit not scored on it (missing, not zero). Structural problems
 * throw a DataError; every problem in the unit rows is collected and thrown together as
 * DataErrors, so the file either loads whole or not at all.
 */
export function parseDdciTable(cells: readonly (readonly Cell[])[], context: Readonly<DdciTableContext>): ParsedDdciTable {
  const {file, sheet} = context;
  const fail = (expected: string, at: {row?: number; unit?: string; column?: string; value?: unknown} = {}): never => {
    throw new DataError({file, sheet, expected, ...at});
  };

  // The header row names the unit column and several score columns; a title line that merely
  // mentions "các sở, ban, ngành và địa phương" names one at most.
  const headerRow = cells.slice(0, MAX_TITLE_ROWS).findIndex((row) => {
    const keys = row.map((c) => identifyDdciColumn(text(c)));
    return keys.includes("unit") && keys.filter((k) => k !== null && k !== "unit" && k !== "index").length >= 2;
  });
  if (headerRow < 0) {
    fail(`a header row with the columns "Đơn vị", "Số phiếu", the nine component scores, "Điểm tổng" and "Xếp loại" within the first ${MAX_TITLE_ROWS} rows`);
  }

  // A second header row holds the component names under a merged group header.
  const groupRow = cells[headerRow] ?? [];
  const nextRow = cells[headerRow + 1] ?? [];
  const subIsHeader =
    nextRow.filter((c) => (DDCI_COMPONENT_IDS as readonly (string | null)[]).includes(identifyDdciColumn(text(c)))).length >= 2 &&
    !nextRow.some((c) => text(c) !== "" && parseVietnameseNumber(c).ok);
  const width = Math.max(groupRow.length, subIsHeader ? nextRow.length : 0);
  const columns = new Map<DdciColumnKey, number>();
  const headers = new Map<number, string>();
  const lastHeaderRow = headerRow + (subIsHeader ? 2 : 1);
  for (let j = 0; j < width; j++) {
    const sub = subIsHeader ? text(nextRow[j]) : "";
    const group = text(groupRow[j]);
    const fromSub = identifyDdciColumn(sub);
    const key = fromSub ?? identifyDdciColumn(group);
    if (key === null) continue;
    const header = fromSub !== null ? sub : group;
    if (columns.has(key)) {
      fail(`only one column for "${headerName(key)}" (also column ${columnLetter(columns.get(key)!)})`, {row: lastHeaderRow, column: columnLetter(j), value: header});
    }
    columns.set(key, j);
    headers.set(j, header);
  }
  const missing = REQUIRED.filter((k) => !columns.has(k));
  if (missing.length > 0) {
    fail(`columns ${missing.map((k) => `"${headerName(k)}"`).join(", ")} in the header (rows ${headerRow + 1}-${lastHeaderRow})`, {row: headerRow + 1});
  }
  const label = (key: DdciColumnKey): string => {
    const j = columns.get(key)!;
    return `${columnLetter(j)} (${headers.get(j)})`;
  };

  // Title lines: the year, the sample marker, the source.
  const titleLines = cells.slice(0, headerRow).flatMap((row) => row.map(text)).filter((t) => t !== "");
  const sample = titleLines.some((t) => foldVietnamese(t).includes("du lieu mau"));
  const sourceLine = titleLines.find((t) => /^nguon\s*:/.test(foldVietnamese(t)));
  const sourceText = sourceLine === undefined ? "" : sourceLine.replace(/^[^:]*:\s*/, "").trim();
  const sourceUrl = /https?:\/\/[^\s)]+/.exec(sourceText)?.[0] ?? (sourceText || null);
  // The year: a title line, the header ("DDCI 2021"), a "Năm" column or the file name; where
  // several give it they must agree.
  const places: PeriodPlace[] = [];
  const titleYear = titleLines.map(ddciYear).find((y) => y !== null) ?? null;
  if (titleYear !== null) places.push({where: "the title", period: titleYear, row: 1, value: titleLines.find((t) => ddciYear(t) === titleYear)});
  const headerTexts = [...headers.values(), ...groupRow.map(text)];
  const headerYear = headerTexts.map(ddciYear).find((y) => y !== null) ?? null;
  if (headerYear !== null) places.push({where: "the header", period: headerYear, row: headerRow + 1, value: headerTexts.find((t) => ddciYear(t) === headerYear)});
  if (columns.has("year")) {
    const j = columns.get("year")!;
    const seenYears = new Map<string, number>();
    for (let i = lastHeaderRow; i < cells.length; i++) {
      const raw = text(cells[i]?.[j]);
      if (raw === "") continue;
      if (!/^(?:19|20)\d{2}$/.test(raw)) fail("a year such as 2023", {row: i + 1, unit: text(cells[i]?.[columns.get("unit")!]), column: label("year"), value: raw});
      if (!seenYears.has(raw)) seenYears.set(raw, i + 1);
    }
    const fromColumn = columnPeriodPlace(seenYears, label("year"), "year");
    if (fromColumn.problem !== null) fail(fromColumn.problem.expected, fromColumn.problem);
    if (fromColumn.place !== null) places.push(fromColumn.place);
  }
  const named = context.fileName === undefined ? null : periodFromFileName(context.fileName);
  if (named?.grain === "year") places.push({where: `the file name "${context.fileName}"`, period: named.id});
  const agreed = agreedPeriod(places);
  if (agreed.disagreeing !== null) {
    const [first, other] = agreed.disagreeing;
    fail(`one year; ${first.where} says ${first.period}, ${other.where} says ${other.period}`, {
      ...(other.row === undefined ? {} : {row: other.row}),
      ...(other.column === undefined ? {} : {column: other.column}),
      ...(other.value === undefined ? {} : {value: other.value})
    });
  }
  const year = agreed.period;
  if (year === null) {
    fail(`the year: a title line above the table such as "Kết quả DDCI năm 2021", a "Năm" column, or the file name such as "DDCI_2021.xlsx"`, {row: 1});
  }

  const matchUnit = context.matcherFor(year!);
  const valueKeys = (["responses", ...DDCI_COMPONENT_IDS, "total", "classification"] as DdciColumnKey[]).filter((k) => columns.has(k));
  const unitColumn = columns.get("unit")!;
  const problems: DataError[] = [];
  // the unit is named beside the row, so the analyst finds it without counting rows
  let rowUnit = "";
  const problem = (expected: string, row: number, column: string, value: unknown): void => {
    problems.push(new DataError({file, sheet, row, ...(rowUnit === "" || column === label("unit") ? {} : {unit: rowUnit}), column, value, expected}));
  };
  const rows: ParsedDdciRow[] = [];
  const seen = new Map<string, number>();

  for (let i = lastHeaderRow; i < cells.length; i++) {
    const cellsOfRow = cells[i] ?? [];
    const rowNumber = i + 1;
    const unitName = text(cellsOfRow[unitColumn]);
    const values = valueKeys.map((k) => text(cellsOfRow[columns.get(k)!]));
    // section headings ("I. Khối sở, ban, ngành"), notes and signatures carry no figures
    if (values.every((v) => v === "")) continue;
    if (cellsOfRow.every((c) => text(c) === "" || /^\(\s*\d+\s*\)$/.test(text(c)))) continue; // "(1) (2) …"
    if (unitName !== "" && isSummaryLabel(unitName)) continue;
    const before = problems.length;
    rowUnit = unitName;
    if (unitName === "") problem("a unit name", rowNumber, label("unit"), "");

    const score = (key: DdciColumnKey, max: number, what: string): number | null => {
      const raw = cellsOfRow[columns.get(key)!];
      const parsed = parseVietnameseNumber(raw);
      if (!parsed.ok) {
        problem(`${what}: ${parsed.expected}, or "-" where the unit is not scored`, rowNumber, label(key), raw ?? "");
        return null;
      }
      const value = parsed.value;
      if (value !== null && (value < 0 || value > max)) {
        const hint = typeof raw === "string" && raw.includes(".") ? ` (a dot before three digits is a thousands separator: write decimals with a comma, e.g. 7,125)` : "";
        problem(`${what} from 0 to ${max}${hint}`, rowNumber, label(key), raw);
        return null;
      }
      return value;
    };

    let responses: number | null = null;
    if (columns.has("responses")) {
      const raw = cellsOfRow[columns.get("responses")!];
      const parsed = parseVietnameseNumber(raw);
      if (!parsed.ok || (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value < 0))) {
        problem("a whole number of responses, 0 or more", rowNumber, label("responses"), raw ?? "");
      } else responses = parsed.value;
    }
    const scores = {} as Record<DdciComponentId, number | null>;
    const beforeScores = problems.length;
    for (const id of DDCI_COMPONENT_IDS) scores[id] = score(id, 10, "a component score");
    if (problems.length === beforeScores && DDCI_COMPONENT_IDS.every((id) => scores[id] === null)) {
      problem("at least one component score", rowNumber, label(DDCI_COMPONENT_IDS[0]), text(cellsOfRow[columns.get(DDCI_COMPONENT_IDS[0])!]));
    }
    const totalRaw = cellsOfRow[columns.get("total")!];
    const beforeTotal = problems.length;
    const total = score("total", 100, "a DDCI total score");
    if (total === null && problems.length === beforeTotal) problem("a DDCI total score from 0 to 100 (the total may not be blank)", rowNumber, label("total"), totalRaw ?? "");
    let classification: DdciClassification | null = null;
    if (columns.has("classification")) {
      const raw = text(cellsOfRow[columns.get("classification")!]);
      const known = CLASSIFICATION_BY_KEY.get(foldVietnamese(raw));
      if (known === undefined) problem(`a classification, one of: ${DDCI_CLASSIFICATIONS.join(", ")}`, rowNumber, label("classification"), raw);
      else classification = known;
    }

    let unitId: string | null = null;
    if (unitName !== "") {
      const match = matchUnit(unitName);
      if (!match.ok) {
        const hint = match.suggestions.length > 0 ? `; closest: ${match.suggestions.join(", ")}` : "";
        problem(`the name of a district-level unit or provincial department scored by DDCI in ${year}${hint}`, rowNumber, label("unit"), unitName);
      } else {
        unitId = match.id;
        const earlier = seen.get(unitId);
        if (earlier !== undefined) problem(`one row per unit; this unit is already on row ${earlier}`, rowNumber, label("unit"), unitName);
        else seen.set(unitId, rowNumber);
      }
    }
    if (problems.length === before && unitId !== null) {
      rows.push({unitId, unitName, row: rowNumber, responses, scores, total: total!, classification});
    }
  }
  throwIfProblems(problems);
  if (rows.length === 0) fail("at least one unit row under the header", {row: lastHeaderRow + 1});
  return {year: year!, sample, sourceUrl, rows, headerRows: [headerRow + 1, lastHeaderRow]};
}
