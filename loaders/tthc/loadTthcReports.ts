import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {basename, join} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import type {Unit} from "../../src/model/unit.ts";
import {monthsBetween} from "../../src/period/monthsBetween.ts";
import {createUnitMatcher} from "../../src/text/createUnitMatcher.ts";
import type {CountsRecord} from "../../src/tthc/observationsFromCounts.ts";
import {parseTthcReport} from "../../src/tthc/parseTthcReport.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";

const REPORT_EXTENSIONS = /\.(xlsx|xls|csv)$/i;

/** Provenance of one input file: which file, its SHA-256, what was read from it. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string;
  readonly sheet: string;
  readonly month: string;
  readonly rowsRead: number;
  readonly sample: boolean;
}

export interface TthcLoad {
  readonly records: readonly CountsRecord[];
  readonly sources: readonly SourceFile[];
  /** Unit-months with no report in the covered range: shown as gaps, never filled. */
  readonly missing: readonly {readonly unitId: string; readonly month: string}[];
}

/** The report files in `dir`, sorted, or none when the folder does not exist. */
export async function listReportFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => REPORT_EXTENSIONS.test(name) && !name.startsWith("~$"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Loads monthly TTHC report files for the communes of `districtId` (and their successors).
 * Every file is parsed and checked in full before anything is returned; the first problem
 * throws a DataError. A unit reported twice for the same month (in two files) is an error.
 */
export async function loadTthcReports(files: readonly string[], units: readonly Unit[], districtId: string): Promise<TthcLoad> {
  const communes = units.filter((u) => u.level === "commune");
  const inScope = (u: Unit): boolean => u.parentId === districtId || (u.validFrom !== null && u.validFrom >= "2025-07-01" && u.parentId === "42");
  const scoped = communes.filter(inScope);
  const matchers = new Map<string, ReturnType<typeof createUnitMatcher>>();
  const matcherFor = (month: string): ReturnType<typeof createUnitMatcher> => {
    let matcher = matchers.get(month);
    if (!matcher) matchers.set(month, (matcher = createUnitMatcher(scoped.filter((u) => isUnitActive(u, month)))));
    return matcher;
  };

  const records: CountsRecord[] = [];
  const sources: SourceFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const sheets = await readSpreadsheet(file);
    const sheet = sheets.find((s) => s.cells.length > 0);
    if (sheet === undefined) throw new DataError({file, expected: "a sheet with the report table"});
    const report = parseTthcReport(sheet.cells, {file, sheet: sheet.sheet, matcherFor});
    const source = basename(file);
    for (const row of report.rows) {
      const key = `${row.unitId}|${report.month}`;
      const other = seen.get(key);
      if (other !== undefined) {
        throw new DataError({file, sheet: sheet.sheet, row: row.row, value: row.unitName, expected: `one report per unit and month; ${report.month} is also in ${other}`});
      }
      seen.set(key, file);
      records.push({unitId: row.unitId, month: report.month, counts: row.counts, source, sample: report.sample});
    }
    const sha256 = createHash("sha256").update(await readFile(file)).digest("hex");
    sources.push({file: source, sha256, sheet: sheet.sheet, month: report.month, rowsRead: report.rows.length, sample: report.sample});
  }

  const missing: {unitId: string; month: string}[] = [];
  if (records.length > 0) {
    const months = records.map((r) => r.month).sort();
    for (const month of monthsBetween(months[0]!, months[months.length - 1]!)) {
      for (const unit of scoped) {
        if (isUnitActive(unit, month) && !seen.has(`${unit.id}|${month}`)) missing.push({unitId: unit.id, month});
      }
    }
  }
  records.sort((a, b) => (a.month === b.month ? a.unitId.localeCompare(b.unitId) : a.month < b.month ? -1 : 1));
  return {records, sources, missing};
}
