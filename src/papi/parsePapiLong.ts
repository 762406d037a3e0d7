import {columnLetter} from "../errors/columnLetter.ts";
import {DataError} from "../errors/dataError.ts";
import {throwIfProblems} from "../errors/dataErrors.ts";
import {PAPI_SUBCRITERIA} from "../model/papiIndicators.ts";
import type {UnitMatch} from "../text/createUnitMatcher.ts";

export interface PapiLongContext {
  readonly file: string;
  /** Matches a province name to a unit id among the provinces that existed in `year`. */
  readonly matchProvince: (name: string, year: string) => UnitMatch;
}

/** One published sub-dimension score of one province in one year. */
export interface PapiScore {
  readonly unitId: string;
  readonly year: string;
  /** Sub-dimension code, "SC11". */
  readonly code: string;
  readonly score: number;
}

export interface ParsedPapiLong {
  readonly scores: readonly PapiScore[];
  /** Data rows read (blank scores included). */
  readonly rowsRead: number;
}

const COLUMNS = {year: "year", provinceName: "province_name", code: "subcriterion", score: "score", provinceCode: "province", criterion: "criteria_code"} as const;
const REQUIRED = ["year", "provinceName", "code", "score"] as const;
const MAX_PROBLEMS = 50;
// The file is a machine export: dot decimals, no thousands separators ("1.963" is 1.963).
const DOT_DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const CRITERION_OF = new Map(PAPI_SUBCRITERIA.map((s) => [s.code, s.criterion]));

/**
 * Reads PAPI sub-dimension scores in long format (year, Province, province_name, subcriterion,
 * score, subcriterion_name, Criteria_Name, Criteria_Code — one row per province, year and
 * sub-dimension). A blank or "NA" score is missing and gives no record (never 0). Checked: the
 * year, a known province name (PAPI's province codes P01… are not GSO codes, so provinces are
 * matched by name), the same name for each province code, a known sub-dimension code in its
 * dimension, a score from 0 to 10, one row per province, year and sub-dimension. Every problem
 * (up to 50) is thrown together; the file loads whole or not at all.
 */
export function parsePapiLong(rows: readonly (readonly string[])[], context: Readonly<PapiLongContext>): ParsedPapiLong {
  const {file} = context;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<keyof typeof COLUMNS, number>();
  for (const [key, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const j = header.findIndex((h) => h.toLowerCase() === name);
    if (j >= 0) index.set(key, j);
  }
  const missing = REQUIRED.filter((k) => !index.has(k));
  if (missing.length > 0) {
    throw new DataError({file, row: 1, expected: `columns ${missing.map((k) => `"${COLUMNS[k]}"`).join(", ")} in the header (PAPI long format)`});
  }
  const label = (key: keyof typeof COLUMNS): string => `${columnLetter(index.get(key)!)} (${header[index.get(key)!]})`;
  const cell = (row: readonly string[], key: keyof typeof COLUMNS): string => (index.has(key) ? (row[index.get(key)!] ?? "").trim() : "");

  const problems: DataError[] = [];
  const problem = (row: number, key: keyof typeof COLUMNS, value: string, expected: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(new DataError({file, row, column: label(key), value, expected}));
  };
  const unknownNames = new Set<string>();
  const matches = new Map<string, UnitMatch>();
  const unitOfCode = new Map<string, {unitId: string; row: number; name: string}>();
  const seen = new Map<string, number>();
  const scores: PapiScore[] = [];
  let rowsRead = 0;

  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((c) => c.trim() === "")) continue;
    rowsRead++;
    const rowNumber = i + 1;
    const year = cell(row, "year");
    const name = cell(row, "provinceName");
    const code = cell(row, "code").toUpperCase();
    const rawScore = cell(row, "score");
    let ok = true;
    if (!/^\d{4}$/.test(year) || Number(year) < 2006 || Number(year) > 2100) {
      problem(rowNumber, "year", year, "a year such as 2024");
      continue;
    }
    const key = `${name}|${year}`;
    let match = matches.get(key);
    if (match === undefined) matches.set(key, (match = context.matchProvince(name, year)));
    if (!match.ok) {
      ok = false;
      // one problem per unknown name, on its first row
      if (!unknownNames.has(name)) {
        unknownNames.add(name);
        const hint = match.suggestions.length > 0 ? `; closest: ${match.suggestions.join(", ")}` : "";
        problem(rowNumber, "provinceName", name, `the name of a province that existed in ${year} (data/reference/units*.csv, level province)${hint}`);
      }
    }
    const provinceCode = cell(row, "provinceCode");
    if (match.ok && provinceCode !== "") {
      const earlier = unitOfCode.get(provinceCode);
      if (earlier === undefined) unitOfCode.set(provinceCode, {unitId: match.id, row: rowNumber, name});
      else if (earlier.unitId !== match.id) {
        ok = false;
        problem(rowNumber, "provinceName", name, `the same province for code ${provinceCode} throughout (row ${earlier.row} has "${earlier.name}")`);
      }
    }
    const criterion = CRITERION_OF.get(code);
    if (criterion === undefined) {
      ok = false;
      problem(rowNumber, "code", cell(row, "code"), `a PAPI sub-dimension code: ${PAPI_SUBCRITERIA.map((s) => s.code).join(", ")}`);
    } else if (index.has("criterion") && cell(row, "criterion") !== "" && cell(row, "criterion").toUpperCase() !== criterion) {
      ok = false;
      problem(rowNumber, "criterion", cell(row, "criterion"), `${criterion}, the dimension of ${code}`);
    }
    let score: number | null = null;
    if (rawScore !== "" && rawScore.toUpperCase() !== "NA") {
      const value = DOT_DECIMAL.test(rawScore) ? Number(rawScore) : NaN;
      if (!Number.isFinite(value) || value < 0 || value > 10) {
        ok = false;
        problem(rowNumber, "score", rawScore, "a score from 0 to 10 with a dot for decimals (blank or NA when not published)");
      } else score = value;
    }
    if (!ok || !match.ok) continue;
    const id = `${match.id}|${year}|${code}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problem(rowNumber, "code", code, `one row per province, year and sub-dimension; ${name} ${year} ${code} is already on row ${earlier}`);
      continue;
    }
    seen.set(id, rowNumber);
    if (score !== null) scores.push({unitId: match.id, year, code, score});
  }
  throwIfProblems(problems);
  if (scores.length === 0) throw new DataError({file, row: 2, expected: "at least one PAPI score"});
  return {scores, rowsRead};
}
