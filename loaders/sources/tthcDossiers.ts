import {basename, extname} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError} from "../../src/errors/dataError.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {DataErrors, throwIfProblems} from "../../src/errors/dataErrors.ts";
import {formatPeriod} from "../../src/format/formatPeriod.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import type {UnitMatch} from "../../src/text/createUnitMatcher.ts";
import {classifyDossierValue, DOSSIER_VALUE_EXPECTED, type CodedDossierField} from "../../src/tthc/classifyDossierValue.ts";
import {countDossiers, type DossierTally, type UnitMonthCounts} from "../../src/tthc/countDossiers.ts";
import {DOSSIER_COLUMNS, DOSSIER_SAMPLE_MARKER} from "../../src/tthc/dossierColumns.ts";
import {dossierHeaderKey} from "../../src/tthc/dossierHeaderKey.ts";
import {findDossierHeader} from "../../src/tthc/findDossierHeader.ts";
import {observationsFromCounts} from "../../src/tthc/observationsFromCounts.ts";
import {sha256File} from "../io/sha256File.ts";
import {sqlString} from "../io/sql.ts";
import {withDuckDB} from "../io/withDuckDB.ts";
import {duplicateRowsSql, FLAGS_SQL, hashesSql, problemRowsSql, summarySql, talliesSql, UNITS_SQL, VALUES_SQL} from "../tthc/dossierQueries.ts";
import {openDossierFile, VIEW_COLUMN, type OpenedDossierFile, type ReadField} from "../tthc/openDossierFile.ts";
import {tthcMatchers} from "../tthc/tthcUnits.ts";
import type {Reference} from "../reference/loadReference.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

/** Problems listed at most, so that one bad column in a million rows stays readable. */
const MAX_PROBLEMS = 20;
/** Candidate duplicate code hashes checked on the exact codes (enough to list MAX_PROBLEMS). */
const MAX_HASHES = 200;
/** The coded columns every dossier export has (QĐ 766's optional yes/no columns are read by loaders/qd766). */
type CoreCodedField = Exclude<CodedDossierField, "digitised" | "eResult">;
const CODED: readonly CoreCodedField[] = ["channel", "level", "returnChannel", "paidOnline"];
const DATE_EXPECTED = "a date dd/mm/yyyy such as 05/07/2026 (years 2000 to 2099)";

type Text = string | null;

interface ProblemRow {
  readonly row_no: bigint;
  readonly code: Text;
  readonly unit: Text;
  readonly channel: Text;
  readonly level: Text;
  readonly received: Text;
  readonly due: Text;
  readonly completed: Text;
  readonly return_channel: Text;
  readonly paid_online: Text;
  readonly note_marked: boolean;
  readonly received_ok: boolean;
  readonly due_ok: boolean;
  readonly completed_ok: boolean;
  readonly order_ok: boolean;
  readonly received_month: Text;
}

/** What the summary pass found wrong, by kind: enough to find the rows in a second pass. */
interface Suspicions {
  rowChecks: boolean;
  unknown: Map<CoreCodedField, Set<Text>>;
  /** Raw "Hình thức trả kết quả" values read as blank, seen on completed dossiers. */
  blankReturnOnCompleted: Set<Text>;
  /** Unit name and month of receipt (unitMonthKey) that no unit of that month matches. */
  unknownUnits: Set<string>;
  mixedMarker: boolean;
  hashes: bigint[];
}

const unitMonthKey = (unit: string, month: string): string => `${unit}\u001f${month}`;

/** The SQL test "this column holds one of these raw values" (null stands for a blank cell). */
function inValues(column: string, values: Iterable<Text>): string {
  const list = [...values];
  const texts = list.filter((v): v is string => v !== null);
  const parts = [];
  if (texts.length > 0) parts.push(`${column} IN (${texts.map(sqlString).join(", ")})`);
  if (list.includes(null)) parts.push(`${column} IS NULL`);
  return parts.length > 0 ? `(${parts.join(" OR ")})` : "false";
}

/**
 * A DuckDB failure as a DataError that never repeats DuckDB's message: for CSV errors that
 * message quotes the whole offending line, personal columns included. Only the line number and
 * the kind of problem are kept.
 */
function duckdbError(error: unknown, file: string, sheet: string): unknown {
  if (error instanceof DataError || error instanceof DataErrors || !(error instanceof Error)) return error;
  const message = error.message;
  if (/^(Parser|Binder|Catalog) Error/.test(message)) return error; // a bug in this module's SQL: no data in it
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const expected =
    columns !== null
      ? `${columns[1]} cells, as many as the header has (found ${columns[2]}): check quotes and separators on this row`
      : /unterminated quote/i.test(message)
        ? 'a closing quote (") for a quoted cell'
        : /invalid state|RFC 4180/i.test(message)
          ? "a standard CSV (RFC 4180): the same line ending on every line, quotes around cells holding a separator, quotes inside them doubled"
          : /unicode|utf-?8|INTERNAL/i.test(message)
            ? 'UTF-8 text (save the CSV as "CSV UTF-8")'
            : `a CSV that DuckDB can read (${/^[\w ]*Error/.exec(message)?.[0] ?? "error"})`;
  return new DataError({file, sheet, ...(line === null ? {} : {row: Number(line[1])}), expected});
}

async function rowsOf<T>(db: DuckDBConnection, sql: string): Promise<T[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
}

/** Every problem on the rows the summary pass flagged, in file order, at most MAX_PROBLEMS + 1. */
async function findProblems(
  db: DuckDBConnection,
  file: string,
  opened: OpenedDossierFile,
  s: Suspicions,
  matcherFor: (month: string) => (name: string) => UnitMatch
): Promise<DataError[]> {
  const {sheet, labels} = opened;
  const col = (f: ReadField): string => VIEW_COLUMN[f];
  const conditions = CODED.filter((f) => s.unknown.get(f)!.size > 0).map((f) => inValues(col(f), s.unknown.get(f)!));
  if (s.blankReturnOnCompleted.size > 0) conditions.push(`(completed IS NOT NULL AND ${inValues("return_channel", s.blankReturnOnCompleted)})`);
  if (s.unknownUnits.size > 0) {
    conditions.push(`concat_ws(chr(31), unit, strftime(rd, '%Y-%m')) IN (${[...s.unknownUnits].map(sqlString).join(", ")})`);
  }
  if (s.mixedMarker) conditions.push("NOT note_marked");
  const problems: {row: number; order: number; error: DataError}[] = [];
  const add = (row: number, field: ReadField | "note", value: unknown, expected: string): void => {
    const order = ["code", "unit", "channel", "level", "received", "due", "completed", "returnChannel", "paidOnline", "note"].indexOf(field);
    problems.push({row, order, error: new DataError({file, sheet, row, column: labels[field], ...(value === undefined ? {} : {value}), expected})});
  };
  const rows = await rowsOf<ProblemRow>(db, problemRowsSql(conditions, MAX_PROBLEMS + 1));
  for (const r of rows) {
    const row = Number(r.row_no);
    if (r.code === null) add(row, "code", "", "a dossier code (Mã hồ sơ)");
    if (r.unit === null) add(row, "unit", "", "the name of the receiving unit");
    const match = r.unit !== null && r.received_ok && r.received_month !== null ? matcherFor(r.received_month)(r.unit) : null;
    if (match !== null && !match.ok) {
      const hint = match.suggestions.length > 0 ? `; closest: ${match.suggestions.join(", ")}` : "";
      add(row, "unit", r.unit, `the name of a unit that existed in ${formatPeriod(r.received_month!)}, the month received${hint}`);
    }
    const raw: Record<CoreCodedField, Text> = {channel: r.channel, level: r.level, returnChannel: r.return_channel, paidOnline: r.paid_online};
    for (const f of CODED) if (classifyDossierValue(f, raw[f]) === undefined) add(row, f, raw[f] ?? "", DOSSIER_VALUE_EXPECTED[f]);
    if (!r.received_ok) add(row, "received", r.received ?? "", DATE_EXPECTED);
    if (!r.due_ok) add(row, "due", r.due ?? "", DATE_EXPECTED);
    if (!r.completed_ok) add(row, "completed", r.completed ?? "", `${DATE_EXPECTED}, or blank while not completed`);
    if (!r.order_ok) add(row, "completed", r.completed, `a completion date on or after the date received (${r.received})`);
    if (r.completed !== null && r.completed_ok && classifyDossierValue("returnChannel", r.return_channel) === "none") {
      add(row, "returnChannel", "", `${DOSSIER_VALUE_EXPECTED.returnChannel} for a completed dossier`);
    }
    // the note is free text that may name people: its value is never shown
    if (s.mixedMarker && !r.note_marked) add(row, "note", undefined, `"${DOSSIER_SAMPLE_MARKER}" as on the other rows: a file is either all sample data or all real`);
  }
  if (s.hashes.length > 0) {
    const duplicates = await rowsOf<{row_no: bigint; code: string; first_row: bigint}>(db, duplicateRowsSql(s.hashes.slice(0, MAX_HASHES), MAX_PROBLEMS + 1));
    for (const d of duplicates) add(Number(d.row_no), "code", d.code, `a dossier code used once; it is already on row ${d.first_row}`);
  }
  problems.sort((a, b) => a.row - b.row || a.order - b.order);
  return problems.map((p) => p.error);
}

/**
 * Makes dossier_summary, from the dates as DuckDB's CSV reader reads them when it can: a cell
 * that is not a dd/mm/yyyy date stops that reader (the error quotes the line, so it is dropped)
 * and the text view, which parses dates in SQL and accepts a time of day, is read instead. Both
 * give the same summary for the dates they both read.
 */
async function createSummary(db: DuckDBConnection, opened: OpenedDossierFile): Promise<void> {
  if (opened.dated) {
    try {
      await db.run(summarySql("dossier_values_dated"));
      return;
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith("Conversion Error"))) throw error;
    }
  }
  await db.run(summarySql("dossier_values"));
}

/**
 * Reads the file once into dossier_summary, then — from that small table — classifies the few
 * distinct coded values and unit names. Any problem: a second pass finds the rows and throws
 * (DataErrors). Otherwise the tallies per unit name and month become unit-month counts.
 */
async function summarise(
  db: DuckDBConnection,
  file: string,
  opened: OpenedDossierFile,
  matcherFor: (month: string) => (name: string) => UnitMatch
): Promise<{counts: UnitMonthCounts[]; dossiers: number; sample: boolean}> {
  await createSummary(db, opened);
  const [flags] = await rowsOf<{duplicate_hashes: bigint; bad: boolean; dossiers: bigint; marked: bigint}>(db, FLAGS_SQL);
  const dossiers = Number(flags!.dossiers);
  const marked = Number(flags!.marked);
  const s: Suspicions = {
    rowChecks: flags!.bad,
    unknown: new Map(CODED.map((f) => [f, new Set<Text>()])),
    blankReturnOnCompleted: new Set(),
    unknownUnits: new Set(),
    mixedMarker: marked > 0 && marked < dossiers,
    hashes: flags!.duplicate_hashes > 0n ? (await rowsOf<{code_hash: bigint}>(db, hashesSql(MAX_HASHES))).map((r) => r.code_hash) : []
  };
  // raw values by the class they are read as, for the tallies' SQL conditions
  const classes = new Map<string, Text[]>();
  const addClass = (name: string, raw: Text): void => void classes.set(name, [...(classes.get(name) ?? []), raw]);
  for (const {field, value} of await rowsOf<{field: string; value: Text}>(db, VALUES_SQL)) {
    if (field === "completed_return") {
      if (classifyDossierValue("returnChannel", value) === "none") s.blankReturnOnCompleted.add(value);
      continue;
    }
    const coded = CODED.find((f) => VIEW_COLUMN[f] === field)!;
    const read = classifyDossierValue(coded, value);
    if (read === undefined) s.unknown.get(coded)!.add(value);
    else addClass(`${coded}:${String(read)}`, value);
  }
  const units = new Map<string, UnitMatch>();
  for (const {unit, received_month} of await rowsOf<{unit: string; received_month: string}>(db, UNITS_SQL)) {
    const match = matcherFor(received_month)(unit);
    units.set(unitMonthKey(unit, received_month), match);
    if (!match.ok) s.unknownUnits.add(unitMonthKey(unit, received_month));
  }
  const suspicious =
    s.rowChecks || s.mixedMarker || s.hashes.length > 0 || s.unknownUnits.size > 0 || s.blankReturnOnCompleted.size > 0 || CODED.some((f) => s.unknown.get(f)!.size > 0);
  if (suspicious) {
    const problems = await findProblems(db, file, opened, s, matcherFor);
    if (problems.length > MAX_PROBLEMS) {
      const shown = problems.slice(0, MAX_PROBLEMS);
      shown.push(new DataError({file, sheet: opened.sheet, expected: `at most ${MAX_PROBLEMS} problems are listed; fix these and load again to see the rest`}));
      throw new DataErrors(shown);
    }
    throwIfProblems(problems);
    // nothing found: only blank rows, or a hash shared by two different codes
  }
  if (dossiers === 0) throw new DataError({file, sheet: opened.sheet, row: opened.headerRow + 1, expected: "at least one dossier row under the header"});
  const inClass = (name: string, column: string): string => inValues(column, classes.get(name) ?? []);
  const sql = talliesSql({
    online: inClass("channel:online", "channel"),
    inPerson: inClass("channel:inPerson", "channel"),
    postal: inClass("channel:postal", "channel"),
    fullLevel: inClass("level:full", "level"),
    returnedPostal: inClass("returnChannel:postal", "return_channel"),
    paid: inClass("paidOnline:true", "paid_online")
  });
  const tallies: DossierTally[] = (await rowsOf<TallyRow>(db, sql)).map((t) => {
    const match = units.get(unitMonthKey(t.unit, t.received_month))!;
    if (!match.ok) throw new Error(`unit ${t.unit} should have been reported`);
    return {
      unitId: match.id,
      receivedMonth: t.received_month,
      completedMonth: t.completed_month,
      received: {
        receivedTotal: Number(t.received_total),
        receivedOnline: Number(t.received_online),
        receivedFullyOnline: Number(t.received_fully_online),
        receivedInPerson: Number(t.received_in_person),
        receivedPostal: Number(t.received_postal),
        paidOnline: Number(t.paid_online)
      },
      resolved: {resolvedOnTime: Number(t.resolved_on_time), resolvedLate: Number(t.resolved_late), returnedPostal: Number(t.returned_postal)}
    };
  });
  return {counts: countDossiers(tallies), dossiers, sample: dossiers > 0 && marked === dossiers};
}

interface TallyRow {
  readonly unit: string;
  readonly received_month: string;
  readonly completed_month: string | null;
  readonly received_total: bigint;
  readonly received_online: bigint;
  readonly received_fully_online: bigint;
  readonly received_in_person: bigint;
  readonly received_postal: bigint;
  readonly paid_online: bigint;
  readonly resolved_on_time: bigint;
  readonly resolved_late: bigint;
  readonly returned_postal: bigint;
}

/** What a dossier export holds, counted: unit × month TTHC counts (see countDossiers). */
export interface DossierCounts {
  readonly counts: readonly UnitMonthCounts[];
  /** Dossier rows read. */
  readonly dossiers: number;
  /** Every row carries the sample marker. */
  readonly sample: boolean;
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
}

/**
 * Reads and checks a dossier export (.csv or .xlsx) and counts it per unit and month; throws a
 * DataError (DataErrors for several problems) on anything wrong, naming rows and columns but
 * never a personal value.
 */
export async function readDossierCounts(file: string, reference: Reference): Promise<DossierCounts> {
  const ext = extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new DataError({file, expected: "a .csv or .xlsx dossier export"});
  const matcherFor = tthcMatchers(reference);
  let sheet = ext === ".csv" ? "CSV" : "";
  return withDuckDB(async (db) => {
    try {
      const opened = await openDossierFile(db, file, ext);
      sheet = opened.sheet;
      return {...(await summarise(db, file, opened, matcherFor)), sheet, headerRow: opened.headerRow};
    } catch (error) {
      throw duckdbError(error, file, sheet);
    }
  });
}

/**
 * Dossier-level exports from the one-stop system (hệ thống một cửa điện tử): one row per dossier
 * with its code, receiving commune, channel, online level, dates and — never read — the
 * applicant's name, ID number, phone and address. DuckDB aggregates the file to unit × month
 * counts (see countDossiers for what is counted in which month); only a few distinct unit
 * names and coded values come back to JavaScript, where they are matched and classified.
 *
 * A sample export is marked by "DỮ LIỆU MẪU" in a "Ghi chú" column on every row (its file name
 * says "du-lieu-mau" too, for people; the loader goes by the column).
 *
 * Row numbers in messages count records below the header (as a spreadsheet shows them); a
 * blank line inside a CSV, which DuckDB skips, would shift the numbers after it.
 */
export const tthcDossiers: Source = {
  kind: "tthc-dossiers",
  dataset: "tthc",
  titleVi: "Danh sách hồ sơ xuất từ hệ thống một cửa điện tử (từng hồ sơ)",
  titleEn: "Dossier-level export from the one-stop system (one row per dossier)",
  extensions: [".csv", ".xlsx"],
  indicators: TTHC_INDICATORS,
  detect(preview) {
    return findDossierHeader(preview) !== null;
  },
  // the personal columns are not listed: they never decide anything
  headers: aliasSpecs(
    DOSSIER_COLUMNS.filter((c) => !c.personal).map((c) => ({header: c.header, aliases: [dossierHeaderKey(c.header), ...c.aliases], required: c.required})),
    dossierHeaderKey
  ),
  async load(file, {reference}) {
    // hashed while DuckDB reads: the two share the file's pages in the OS cache
    const hashing = sha256File(file);
    hashing.catch(() => undefined);
    const result = await readDossierCounts(file, reference);
    const source = basename(file);
    const months = result.counts.map((c) => c.month);
    const counts = result.counts.map((c) => ({unitId: c.unitId, month: c.month, counts: c.counts, source, sample: result.sample}));
    return {
      observations: counts.flatMap((record) => observationsFromCounts(record, TTHC_INDICATORS)),
      counts,
      provenance: await fileProvenance(file, "tthc-dossiers", {sheet: result.sheet, rowsRead: result.dossiers, sample: result.sample, periods: months, headerRows: [result.headerRow, result.headerRow]}, hashing)
    };
  }
};
