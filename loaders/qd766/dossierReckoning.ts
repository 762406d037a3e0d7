import {basename, extname, join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError} from "../../src/errors/dataError.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {DOSSIER_VALUE_EXPECTED, classifyDossierValue} from "../../src/tthc/classifyDossierValue.ts";
import {qd766DossierCells, type Qd766BreakdownRow, type Qd766Cell, type Qd766DossierTally} from "../../src/qd766/qd766DossierCells.ts";
import {listDataFiles, sourceFor} from "../buildDataset.ts";
import {sqlString} from "../io/sql.ts";
import {withDuckDB} from "../io/withDuckDB.ts";
import type {Reference} from "../reference/loadReference.ts";
import {readDossierCounts, tthcDossiers} from "../sources/tthcDossiers.ts";
import {tthcReport} from "../sources/tthcReport.ts";
import {withDateChecks} from "../tthc/dossierQueries.ts";
import {openDossierFile, type ExtraField} from "../tthc/openDossierFile.ts";
import {tthcMatchers} from "../tthc/tthcUnits.ts";

const EXTRA: readonly ExtraField[] = ["procedure", "field", "digitised", "eResult"];

export interface Qd766ReckoningFile {
  readonly file: string;
  readonly sample: boolean;
  /** Which optional columns the export has. */
  readonly columns: Readonly<Record<ExtraField, boolean>>;
}

/** Our reckoning (ước tính từ dữ liệu hồ sơ): counts per unit-month and indicator, and the failing dossiers by procedure and field. */
export interface Qd766Reckoning {
  readonly files: readonly Qd766ReckoningFile[];
  readonly cells: readonly (Qd766Cell & {readonly sample: boolean; readonly source: string})[];
  readonly breakdown: readonly Qd766BreakdownRow[];
}

interface Row {
  readonly unit: string;
  readonly rm: string;
  readonly cm: string | null;
  readonly procedure: string | null;
  readonly field: string | null;
  readonly channel: string | null;
  readonly level: string | null;
  readonly paid_online: string | null;
  readonly digitised: string | null;
  readonly e_result: string | null;
  readonly on_time: boolean | null;
  readonly n: bigint;
}

async function rowsOf<T>(db: DuckDBConnection, sql: string): Promise<T[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
}

/**
 * One export, counted for the QĐ 766 indicators. The file is first read and checked whole by
 * the dossier loader (readDossierCounts: any problem throws, naming rows and columns, never a
 * personal value); then one GROUP BY over the non-personal columns only.
 */
export async function reckonDossierFile(file: string, reference: Reference): Promise<{file: Qd766ReckoningFile; cells: Qd766Cell[]; breakdown: Qd766BreakdownRow[]}> {
  const checked = await readDossierCounts(file, reference);
  const matcherFor = tthcMatchers(reference);
  return withDuckDB(async (db) => {
    const opened = await openDossierFile(db, file, extname(file).toLowerCase(), EXTRA);
    const has = (f: ExtraField): boolean => opened.extraLabels[f] !== undefined;
    const rows = await rowsOf<Row>(
      db,
      `SELECT unit, strftime(rd, '%Y-%m') AS rm, strftime(cd, '%Y-%m') AS cm, procedure, field, channel, level, paid_online, digitised, e_result,
         CASE WHEN cd IS NULL THEN NULL ELSE cd <= dd END AS on_time, count(*)::BIGINT AS n
       FROM ${withDateChecks("dossier_values")} WHERE code IS NOT NULL AND unit IS NOT NULL
       GROUP BY ALL`
    );
    const problems: DataError[] = [];
    const unknown = async (f: "digitised" | "eResult", column: string, value: string | null): Promise<void> => {
      const [first] = await rowsOf<{row_no: bigint}>(db, `SELECT min(row_no) AS row_no FROM dossier_rows WHERE ${column} = ${sqlString(value ?? "")}`);
      problems.push(new DataError({file, sheet: opened.sheet, ...(first?.row_no == null ? {} : {row: Number(first.row_no)}), column: opened.extraLabels[f]!, value: value ?? "", expected: DOSSIER_VALUE_EXPECTED[f]}));
    };
    const tallies: Qd766DossierTally[] = [];
    const reported = new Set<string>();
    for (const r of rows) {
      const digitised = has("digitised") ? classifyDossierValue("digitised", r.digitised) : null;
      const eResult = has("eResult") ? classifyDossierValue("eResult", r.e_result) : null;
      if (digitised === undefined && !reported.has(`d${r.digitised}`)) {
        reported.add(`d${r.digitised}`);
        await unknown("digitised", "digitised", r.digitised);
      }
      if (eResult === undefined && !reported.has(`e${r.e_result}`)) {
        reported.add(`e${r.e_result}`);
        await unknown("eResult", "e_result", r.e_result);
      }
      if (digitised === undefined || eResult === undefined) continue;
      const match = matcherFor(r.rm)(r.unit);
      // readDossierCounts has matched every unit-month already: a miss here is a bug, not data
      if (!match.ok) throw new Error(`unit ${r.unit} of ${r.rm} should have been reported by the dossier loader`);
      const online = classifyDossierValue("channel", r.channel) === "online";
      tallies.push({
        unitId: match.id,
        receivedMonth: r.rm,
        completedMonth: r.cm,
        procedure: r.procedure?.trim() || null,
        field: r.field?.trim() || null,
        online,
        fullyOnline: online && classifyDossierValue("level", r.level) === "full",
        paidOnline: classifyDossierValue("paidOnline", r.paid_online) === true,
        digitised,
        eResult,
        onTime: r.on_time,
        n: Number(r.n)
      });
    }
    throwIfProblems(problems);
    const {cells, breakdown} = qd766DossierCells(tallies, {digitised: has("digitised"), eResult: has("eResult")});
    return {
      file: {file: basename(file), sample: checked.sample, columns: Object.fromEntries(EXTRA.map((f) => [f, has(f)])) as Record<ExtraField, boolean>},
      cells,
      breakdown
    };
  });
}

/**
 * The reckoning over the dossier exports the tthc dataset reads: data/raw/tthc/ when it holds
 * any file, else data/sample/tthc/ (as buildDataset chooses); monthly reports and files no tthc
 * kind recognises are skipped (the tthc loader refuses those). A bad dossier export throws.
 */
export async function qd766Reckoning(reference: Reference, root = "."): Promise<Qd766Reckoning> {
  const folder = (origin: string): string => join(root, "data", origin, "tthc");
  const raw = await listDataFiles(folder("raw"), [tthcDossiers, tthcReport]);
  const files = raw.length > 0 ? raw : await listDataFiles(folder("sample"), [tthcDossiers, tthcReport]);
  const out: {files: Qd766ReckoningFile[]; cells: (Qd766Cell & {sample: boolean; source: string})[]; breakdown: Qd766BreakdownRow[]} = {files: [], cells: [], breakdown: []};
  for (const file of files) {
    // a file no tthc kind recognises is the tthc loader's to refuse (it stops the build with
    // its own message); here it is simply not a dossier export
    const kind = await sourceFor(file, [tthcDossiers, tthcReport]).then(
      (s) => s.kind,
      (error: unknown) => {
        if (error instanceof DataError) return null;
        throw error;
      }
    );
    if (kind !== tthcDossiers.kind) continue;
    const r = await reckonDossierFile(file, reference);
    out.files.push(r.file);
    out.cells.push(...r.cells.map((c) => ({...c, sample: r.file.sample, source: r.file.file})));
    out.breakdown.push(...r.breakdown);
  }
  return out;
}
