// SQL over the views made by openDossierFile (dossier_rows, dossier_values). Only non-personal
// columns exist in those views, so nothing here can select personal data.

/** dd/mm/yyyy, optionally with the time of day that some systems append. */
const DATE_FORMATS = "['%d/%m/%Y', '%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S']";
/** Dates outside these years are typing mistakes (01/07/2206), not dossiers. */
const FIRST_DATE = "DATE '2000-01-01'";
const LAST_DATE = "DATE '2099-12-31'";

function parseDate(column: string): string {
  // trim only when the plain text does not parse: trimming every cell costs time
  return `coalesce(try_strptime(${column}, ${DATE_FORMATS}), try_strptime(trim(${column}), ${DATE_FORMATS}))::DATE`;
}

/**
 * The first day of the date's month: cheaper to group by than date_trunc('month', …),
 * which goes through a timestamp.
 */
function firstOfMonth(date: string): string {
  return `(${date} - (day(${date}) - 1)::INTEGER)`;
}

/** A view made by openDossierFile. */
export type DossierView = "dossier_rows" | "dossier_values" | "dossier_values_dated";

/**
 * The view's rows with their dates as rd, dd, cd (parsed here, or as read by DuckDB for
 * dossier_values_dated) and the per-row date checks (each true or false, never null).
 */
export function withDateChecks(view: DossierView): string {
  const dates =
    view === "dossier_values_dated"
      ? "received AS rd, due AS dd, completed AS cd"
      : `${parseDate("received")} AS rd, ${parseDate("due")} AS dd, ${parseDate("completed")} AS cd`;
  return `(SELECT *,
      rd IS NOT NULL AND rd BETWEEN ${FIRST_DATE} AND ${LAST_DATE} AS received_ok,
      dd IS NOT NULL AND dd BETWEEN ${FIRST_DATE} AND ${LAST_DATE} AS due_ok,
      completed IS NULL OR (cd IS NOT NULL AND cd BETWEEN ${FIRST_DATE} AND ${LAST_DATE}) AS completed_ok,
      cd IS NULL OR rd IS NULL OR cd >= rd AS order_ok
    FROM (SELECT *, ${dates} FROM ${view}))`;
}

/**
 * The one pass over the file (`view`: dossier_values or dossier_values_dated), into the small
 * table dossier_summary: dossiers counted by raw unit name, month of receipt, month of
 * completion, the raw coded values, on time or not, whether any row check failed (`bad`), and
 * the sample marker; in the same scan, a hash of every dossier code, keeping only hashes seen
 * more than once (candidate duplicates, checked on the exact codes when there are any).
 * Everything after this reads dossier_summary only.
 */
export function summarySql(view: Exclude<DossierView, "dossier_rows">): string {
  return `
CREATE TEMP TABLE dossier_summary AS
SELECT unit, strftime(rm, '%Y-%m') AS received_month, strftime(cm, '%Y-%m') AS completed_month,
  channel, level, return_channel, paid_online, on_time, bad, note_marked, n::BIGINT AS n,
  is_hash_group, code_hash
FROM (
  SELECT unit, rm, cm, channel, level, return_channel, paid_online, on_time, bad, note_marked, code_hash,
    count(*) AS n, GROUPING(code_hash) = 0 AS is_hash_group
  FROM (
    SELECT unit, channel, level, return_channel, paid_online, note_marked,
      CASE WHEN code IS NOT NULL THEN hash(code) END AS code_hash,
      ${firstOfMonth("rd")} AS rm, ${firstOfMonth("cd")} AS cm, cd <= dd AS on_time,
      code IS NULL OR unit IS NULL OR NOT (received_ok AND due_ok AND completed_ok AND order_ok) AS bad
    FROM ${withDateChecks(view)}
  )
  GROUP BY GROUPING SETS ((unit, rm, cm, channel, level, return_channel, paid_online, on_time, bad, note_marked), (code_hash))
  HAVING GROUPING(code_hash) = 1 OR count(*) > 1
)`;
}

const GOOD = "NOT is_hash_group AND NOT bad";

/** Totals: candidate duplicate hashes, whether a row check failed, dossiers and marked dossiers. */
export const FLAGS_SQL = `SELECT
  count(*) FILTER (is_hash_group AND code_hash IS NOT NULL) AS duplicate_hashes,
  coalesce(bool_or(bad) FILTER (NOT is_hash_group), false) AS bad,
  coalesce(sum(n) FILTER (${GOOD}), 0) AS dossiers,
  coalesce(sum(n) FILTER (${GOOD} AND note_marked), 0) AS marked
FROM dossier_summary`;

/** Distinct raw values of the coded columns; "completed_return": return channels of completed dossiers. */
export const VALUES_SQL = ["channel", "level", "return_channel", "paid_online"]
  .map((c) => `SELECT DISTINCT '${c}' AS field, ${c} AS value FROM dossier_summary WHERE ${GOOD}`)
  .concat(`SELECT DISTINCT 'completed_return' AS field, return_channel AS value FROM dossier_summary WHERE ${GOOD} AND completed_month IS NOT NULL`)
  .join("\nUNION ALL ");

/** Distinct raw unit names with their month of receipt (matched in JavaScript). */
export const UNITS_SQL = `SELECT DISTINCT unit, received_month FROM dossier_summary WHERE ${GOOD}`;

/** Candidate duplicate code hashes, at most `limit`. */
export function hashesSql(limit: number): string {
  return `SELECT code_hash FROM dossier_summary WHERE is_hash_group AND code_hash IS NOT NULL ORDER BY code_hash LIMIT ${limit}`;
}

/** SQL conditions on the raw values, one per class a coded value was read as. */
export interface ValueClasses {
  readonly online: string;
  readonly inPerson: string;
  readonly postal: string;
  readonly fullLevel: string;
  readonly returnedPostal: string;
  readonly paid: string;
}

/**
 * Unit × month of receipt × month of completion tallies (see countDossiers): fully online =
 * submitted online and level "toàn trình"; on time = completed on or before the due date.
 */
export function talliesSql(c: ValueClasses): string {
  const sum = (condition: string): string => `coalesce(sum(n) FILTER (${condition}), 0)::BIGINT`;
  return `SELECT unit, received_month, completed_month,
    sum(n)::BIGINT AS received_total,
    ${sum(c.online)} AS received_online,
    ${sum(`${c.online} AND ${c.fullLevel}`)} AS received_fully_online,
    ${sum(c.inPerson)} AS received_in_person,
    ${sum(c.postal)} AS received_postal,
    ${sum(c.paid)} AS paid_online,
    ${sum("completed_month IS NOT NULL AND on_time")} AS resolved_on_time,
    ${sum("completed_month IS NOT NULL AND NOT on_time")} AS resolved_late,
    ${sum(`completed_month IS NOT NULL AND ${c.returnedPostal}`)} AS returned_postal
  FROM dossier_summary WHERE ${GOOD}
  GROUP BY unit, received_month, completed_month`;
}

/** Rows (at most `limit`) that fail a row check or match one of `conditions`, in file order. */
export function problemRowsSql(conditions: readonly string[], limit: number): string {
  const any = ["code IS NULL", "unit IS NULL", "NOT (received_ok AND due_ok AND completed_ok AND order_ok)", ...conditions].join("\n  OR ");
  return `SELECT row_no, code, unit, channel, level, received, due, completed, return_channel, paid_online, note_marked,
    received_ok, due_ok, completed_ok, order_ok, strftime(rd, '%Y-%m') AS received_month
  FROM ${withDateChecks("dossier_rows")}
  WHERE ${any}
  ORDER BY row_no LIMIT ${limit}`;
}

/** Rows whose dossier code appeared on an earlier row, with that first row; hashes narrow the scan. */
export function duplicateRowsSql(hashes: readonly bigint[], limit: number): string {
  return `SELECT row_no, code, first_row FROM (
    SELECT row_no, code, min(row_no) OVER (PARTITION BY code) AS first_row, count(*) OVER (PARTITION BY code) AS copies
    FROM dossier_rows WHERE code IS NOT NULL AND hash(code) IN (${hashes.map((h) => `${h}::UBIGINT`).join(", ")})
  ) WHERE copies > 1 AND row_no <> first_row ORDER BY row_no LIMIT ${limit}`;
}
