import {columnLetter} from "../errors/columnLetter.ts";
import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {parseVietnameseNumber} from "../format/parseVietnameseNumber.ts";
import {agreedPeriod, type PeriodPlace} from "../period/agreedPeriod.ts";
import {columnPeriodPlace} from "../period/columnPeriodPlace.ts";
import {parsePeriodLabel} from "../period/parsePeriodLabel.ts";
import {periodFromFileName} from "../period/periodFromFileName.ts";
import type {Period} from "../period/periodTypes.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";
import {identifyQd766Column} from "./identifyQd766Column.ts";
import {QD766_COLUMNS, QD766_SCORE_COLUMNS, type Qd766ColumnKey, type Qd766ScoreKey} from "./qd766Layout.ts";

/** How a row's unit name resolved: one of ours, a unit outside the area, or a problem to report. */
export type Qd766UnitResolution = {readonly kind: "ours"; readonly id: string} | {readonly kind: "outside"} | {readonly kind: "problem"; readonly expected: string};

export interface Qd766TableContext {
  readonly file: string;
  readonly sheet: string;
  readonly fileName?: string;
  /** Resolves a unit name for the table's period (reference and lineage: see loaders/qd766). */
  readonly resolveUnit: (name: string, period: Readonly<Period>) => Qd766UnitResolution;
}

export interface ParsedQd766Row {
  readonly unitId: string;
  readonly unitName: string;
  readonly row: number;
  /** Published scores; null where the table has no such column or the cell is blank (missing, never 0). */
  readonly scores: Readonly<Record<Qd766ScoreKey, number | null>>;
  readonly rank: number | null;
  readonly classification: string | null;
}

export interface ParsedQd766Table {
  readonly period: Period;
  readonly sample: boolean;
  /** "Nguồn: …": the address when there is one, else the text; null when the file does not say. */
  readonly source: string | null;
  /** The publication or update date a title line gives ("Cập nhật ngày 05/10/2025" → "2025-10-05"). */
  readonly published: string | null;
  readonly rows: readonly ParsedQd766Row[];
  /** Rows of units outside the area, read only for the best score of the table. */
  readonly outsideRows: number;
  /** The best score per column over every unit row of the table (ours and outside). */
  readonly best: Readonly<Record<Qd766ScoreKey, number | null>>;
  readonly columnsMissing: readonly Qd766ScoreKey[];
  readonly headerRows: readonly [number, number];
}

type Cell = unknown;
const MAX_TITLE_ROWS = 30;
const text = (c: Cell): string => (c === null || c === undefined ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim());
const headerName = (key: Qd766ColumnKey): string => QD766_COLUMNS.find((c) => c.key === key)!.header;
const isSummaryLabel = (label: string): boolean => /^(?:trung binh|binh quan|tong|toan tinh|chung|ca nuoc)\b/.test(foldVietnamese(label));
const isWeek = (label: string): boolean => /(^|[^a-z])tuan \d/.test(foldVietnamese(label));

function periodOfLine(line: string): Period | null {
  const p = parsePeriodLabel(line);
  return p !== null && (p.grain === "month" || p.grain === "quarter" || p.grain === "year") ? p : null;
}

function publishedDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const f = foldVietnamese(line);
    if (!/(cap nhat|cong bo|ngay xuat|trich xuat|du lieu den)/.test(f)) continue;
    const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(f);
    if (m !== null) return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  }
  return null;
}

/**
 * Reads a published QĐ 766 score table (per-unit export of the national or provincial public
 * service portal) from its cell grid: title lines, one header row, one row per unit. Columns are
 * found by meaning; only the unit and the total are required, a missing group column leaves
 * that group missing. The period (month, quarter or year) comes from a title line, a period
 * column or the file name, and must agree where several give it. Every row problem is
 * collected; the file loads whole or not at all.
 */
export function parseQd766Table(cells: readonly (readonly Cell[])[], context: Readonly<Qd766TableContext>): ParsedQd766Table {
  const {file, sheet} = context;
  const fail = (expected: string, at: {row?: number; column?: string; value?: unknown} = {}): never => {
    throw new DataError({file, sheet, expected, ...at});
  };
  const headerRow = cells.slice(0, MAX_TITLE_ROWS).findIndex((row) => {
    const keys = row.map((c) => identifyQd766Column(text(c)));
    return keys.includes("unit") && keys.filter((k) => k !== null && QD766_SCORE_COLUMNS.some((s) => s.key === k)).length >= 2;
  });
  if (headerRow < 0) fail(`a header row with "Đơn vị", "Tổng điểm" and the group scores (e.g. "Công khai, minh bạch") within the first ${MAX_TITLE_ROWS} rows`);
  const header = cells[headerRow] ?? [];
  const columns = new Map<Qd766ColumnKey, number>();
  const headers = new Map<Qd766ColumnKey, string>();
  header.forEach((c, j) => {
    const key = identifyQd766Column(text(c));
    if (key === null) return;
    if (columns.has(key)) fail(`only one column for "${headerName(key)}" (also column ${columnLetter(columns.get(key)!)})`, {row: headerRow + 1, column: columnLetter(j), value: text(c)});
    columns.set(key, j);
    headers.set(key, text(c));
  });
  if (!columns.has("total")) fail(`a column "Tổng điểm" in the header`, {row: headerRow + 1});
  const label = (key: Qd766ColumnKey): string => `${columnLetter(columns.get(key)!)} (${headers.get(key)})`;

  const titleLines = cells.slice(0, headerRow).flatMap((row) => row.map(text)).filter((t) => t !== "");
  const week = titleLines.find(isWeek);
  if (week !== undefined) fail("a month, quarter or year: weekly tables are not read (export the month, quarter or year from the portal)", {value: week});
  const sample = titleLines.some((t) => foldVietnamese(t).includes("du lieu mau"));
  const sourceLine = titleLines.find((t) => /^nguon\s*:/.test(foldVietnamese(t)));
  const sourceText = sourceLine === undefined ? "" : sourceLine.replace(/^[^:]*:\s*/, "").trim();
  const source = /https?:\/\/[^\s)]+/.exec(sourceText)?.[0] ?? (sourceText || null);

  const places: PeriodPlace[] = [];
  const fromTitle = titleLines.map((t) => ({t, p: periodOfLine(t)})).find((x) => x.p !== null);
  if (fromTitle !== undefined) places.push({where: "the title", period: fromTitle.p!.id, value: fromTitle.t});
  const periodsById = new Map<string, Period>();
  if (fromTitle !== undefined) periodsById.set(fromTitle.p!.id, fromTitle.p!);
  if (columns.has("period")) {
    const j = columns.get("period")!;
    const seen = new Map<string, number>();
    for (let i = headerRow + 1; i < cells.length; i++) {
      const raw = text(cells[i]?.[j]);
      if (raw === "") continue;
      if (isWeek(raw)) fail("a month, quarter or year: weekly tables are not read", {row: i + 1, column: label("period"), value: raw});
      const p = /^(?:19|20)\d{2}$/.test(raw) ? parsePeriodLabel(`năm ${raw}`) : periodOfLine(raw);
      if (p === null) fail(`a period such as "Tháng 9/2025", "Quý III/2025" or "2025"`, {row: i + 1, column: label("period"), value: raw});
      periodsById.set(p!.id, p!);
      if (!seen.has(p!.id)) seen.set(p!.id, i + 1);
    }
    const fromColumn = columnPeriodPlace(seen, label("period"), "period");
    if (fromColumn.problem !== null) fail(fromColumn.problem.expected, fromColumn.problem);
    if (fromColumn.place !== null) places.push(fromColumn.place);
  }
  const named = context.fileName === undefined ? null : periodFromFileName(context.fileName);
  if (named !== null && named.grain !== "half") {
    places.push({where: `the file name "${context.fileName}"`, period: named.id});
    periodsById.set(named.id, named);
  }
  const agreed = agreedPeriod(places);
  if (agreed.disagreeing !== null) {
    const [first, other] = agreed.disagreeing;
    fail(`one period; ${first.where} says ${first.period}, ${other.where} says ${other.period}`, {
      ...(other.row === undefined ? {} : {row: other.row}),
      ...(other.column === undefined ? {} : {column: other.column}),
      ...(other.value === undefined ? {} : {value: other.value})
    });
  }
  if (agreed.period === null) fail(`the period: a title line such as "Kết quả đánh giá tháng 9/2025", a "Kỳ đánh giá" column, or the file name such as "qd766-thang-9-2025.xlsx"`, {row: 1});
  const period = periodsById.get(agreed.period!)!;

  const scoreKeys = QD766_SCORE_COLUMNS.map((c) => c.key).filter((k) => columns.has(k));
  const unitColumn = columns.get("unit")!;
  const problems: DataError[] = [];
  const rows: ParsedQd766Row[] = [];
  const best = Object.fromEntries(QD766_SCORE_COLUMNS.map((c) => [c.key, null])) as Record<Qd766ScoreKey, number | null>;
  const seen = new Map<string, number>();
  let outsideRows = 0;
  for (let i = headerRow + 1; i < cells.length; i++) {
    const r = cells[i] ?? [];
    const rowNumber = i + 1;
    const unitName = text(r[unitColumn]);
    const figures = [...scoreKeys, ...(columns.has("rank") ? (["rank"] as const) : [])].map((k) => text(r[columns.get(k)!]));
    if (figures.every((v) => v === "")) continue; // headings, notes, signatures
    if (unitName !== "" && isSummaryLabel(unitName)) continue;
    const before = problems.length;
    const problem = (expected: string, column: string, value: unknown): void => {
      problems.push(new DataError({file, sheet, row: rowNumber, ...(unitName === "" || column === label("unit") ? {} : {unit: unitName}), column, value, expected}));
    };
    if (unitName === "") problem("a unit name", label("unit"), "");
    const scores = {} as Record<Qd766ScoreKey, number | null>;
    for (const c of QD766_SCORE_COLUMNS) {
      scores[c.key] = null;
      if (!columns.has(c.key)) continue;
      const raw = r[columns.get(c.key)!];
      const parsed = parseVietnameseNumber(raw);
      if (!parsed.ok) problem(`a score from 0 to ${c.max}: ${parsed.expected}`, label(c.key), raw ?? "");
      else if (parsed.value !== null && (parsed.value < 0 || parsed.value > c.max)) problem(`a score from 0 to ${c.max} (the most "${c.header}" can earn)`, label(c.key), raw);
      else scores[c.key] = parsed.value;
    }
    if (problems.length === before && scores.total === null) problem("a total score from 0 to 100 (the total may not be blank)", label("total"), text(r[columns.get("total")!]));
    // the published total is the sum of the groups; a difference beyond rounding is a misread column
    const online = scores.truc_tuyen ?? (scores.dvc_truc_tuyen !== null && scores.thanh_toan !== null ? scores.dvc_truc_tuyen + scores.thanh_toan : null);
    const groups = [scores.cong_khai, scores.tien_do, scores.so_hoa, online, scores.hai_long];
    if (problems.length === before && groups.every((g) => g !== null)) {
      const sum = groups.reduce((s: number, g) => s + g!, 0);
      if (Math.abs(sum - scores.total!) > 0.15) problem(`the sum of the five groups (${sum.toFixed(2)}), give or take rounding`, label("total"), text(r[columns.get("total")!]));
    }
    let rank: number | null = null;
    if (columns.has("rank")) {
      const raw = text(r[columns.get("rank")!]);
      if (raw !== "") {
        if (!/^\d+$/.test(raw) || Number(raw) < 1) problem("a rank: a whole number from 1", label("rank"), raw);
        else rank = Number(raw);
      }
    }
    const classification = columns.has("classification") ? text(r[columns.get("classification")!]) || null : null;
    let unitId: string | null = null;
    if (unitName !== "") {
      const resolved = context.resolveUnit(unitName, period);
      if (resolved.kind === "problem") problem(resolved.expected, label("unit"), unitName);
      else if (resolved.kind === "ours") {
        const earlier = seen.get(resolved.id);
        if (earlier !== undefined) problem(`one row per unit; this unit is already on row ${earlier}`, label("unit"), unitName);
        else {
          seen.set(resolved.id, rowNumber);
          unitId = resolved.id;
        }
      } else if (problems.length === before) outsideRows++;
    }
    if (problems.length !== before) continue;
    for (const k of scoreKeys) if (scores[k] !== null && (best[k] === null || scores[k]! > best[k]!)) best[k] = scores[k];
    if (unitId !== null) rows.push({unitId, unitName, row: rowNumber, scores, rank, classification});
  }
  throwIfProblems(problems);
  if (rows.length === 0) fail(`at least one row naming a unit of the area (${outsideRows} rows name units outside it)`, {row: headerRow + 2});
  return {
    period,
    sample,
    source,
    published: publishedDate(titleLines),
    rows,
    outsideRows,
    best,
    columnsMissing: QD766_SCORE_COLUMNS.map((c) => c.key).filter((k) => !columns.has(k)),
    headerRows: [headerRow + 1, headerRow + 1]
  };
}
