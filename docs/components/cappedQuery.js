/**
 * Runs a reader's SQL on the /explore database with a ceiling and a way to stop it (truy vấn
 * có giới hạn, dừng được). The statements run one by one (DuckDB-wasm's cancellable send()
 * takes one); of the last, DuckDB is asked for at most RESULT_CAP + 1 rows (wrapped in a
 * LIMIT; a statement that cannot be wrapped, such as SHOW or PRAGMA, is run as written and
 * read only up to the ceiling); when there are more, a separate count(*) says how many.
 *
 *   const run = startCappedQuery(database, sql);
 *   cancelButton.onclick = () => run.cancel();
 *   const {table, truncated, totalRows} = await run.result; // rejects with isCancelled(reason) when stopped
 *
 * Stopping asks DuckDB to cancel (AsyncDuckDBConnection.cancelSent, heard between the steps
 * of a running query); if the worker does not answer soon — busy in one long step — it is
 * terminated and the database opened again (database.restart(), locked down again).
 */
import * as Arrow from "npm:apache-arrow";
import {RESULT_CAP, catalogue, countSql, formatNumber, limitedSql, splitStatements} from "../lib/cchc.js";

/** How long a cancelled query may take to stop before DuckDB is restarted. */
const GRACE_MS = 2000;

const CANCELLED = Symbol("cancelled");

/** True when `reason` is a run stopped by cancel(). */
export function isCancelled(reason) {
  return reason?.[CANCELLED] === true;
}

/**
 * "Kết quả đã cắt bớt: hiển thị 100.000 trên 250.000 dòng" for a truncated result
 * ({shown, of}: of is null when the count could not be made).
 */
export function truncationNote({shown, of}, lang = "vi") {
  const f = (n) => formatNumber(n, {lang});
  const t = catalogue(lang).explore;
  return t.truncated(f(shown), of === null ? t.moreThan(f(shown)) : f(of));
}

/** The download file name of a truncated result says so: "kham-pha-truy-van-100000-dong-dau". */
export function truncatedFilename(filename, lang = "vi") {
  return `${filename}-${catalogue(lang).explore.fileSuffix(String(RESULT_CAP))}`;
}

/**
 * startCappedQuery(database, sql, {cap}) → {result, cancel()}. `database` is {ready, restart()}
 * (exploreDatabase). `result` resolves to {table (at most cap rows), truncated, totalRows
 * (null when a truncated query could not be counted)}.
 */
export function startCappedQuery(database, sql, {cap = RESULT_CAP} = {}) {
  let connection = null;
  let stopped = false;
  let abandoned = false;
  let stop;
  const stopPromise = new Promise((_, reject) => (stop = reject));
  const work = (async () => {
    const db = await database.ready;
    connection = await db.client._db.connect();
    try {
      const statements = splitStatements(sql).map((s) => s.text);
      const last = statements.pop() ?? sql;
      for (const statement of statements) {
        if (stopped) throw new Error("cancelled");
        await connection.send(statement); // its rows, if any, are not read: only the last result is shown
      }
      if (stopped) throw new Error("cancelled");
      const table = await readUpTo(connection, last, cap + 1);
      if (table.numRows <= cap) return {table, truncated: false, totalRows: table.numRows};
      const totalRows = await countRows(connection, last);
      return {table: table.slice(0, cap), truncated: true, totalRows};
    } finally {
      // A terminated worker answers nothing: closing would only log an error.
      if (!abandoned) await connection.close().catch(() => {});
    }
  })();
  work.catch(() => {}); // its outcome is read through `result`, or dropped once cancelled
  const result = Promise.race([work, stopPromise]);
  const cancel = async () => {
    if (stopped) return;
    stopped = true;
    stop(Object.assign(new Error("cancelled"), {[CANCELLED]: true}));
    // Not awaited: the cancel message waits behind whatever the worker is doing.
    connection?.cancelSent().catch(() => {});
    const settled = await Promise.race([work.then(yes, yes), delay(GRACE_MS).then(() => false)]);
    if (!settled) {
      abandoned = true;
      await database.restart().catch(() => {});
    }
  };
  return {result, cancel};
}

/** At most `limit` rows: the query wrapped in a LIMIT, or, if it cannot be, read batch by batch. */
async function readUpTo(connection, sql, limit) {
  try {
    return await collect(await connection.send(limitedSql(sql, limit)), limit);
  } catch (reason) {
    if (!/^Parser Error/.test(reason?.message ?? "")) throw reason;
  }
  return collect(await connection.send(sql), limit);
}

async function collect(reader, limit) {
  const batches = [];
  let rows = 0;
  for await (const batch of reader) {
    batches.push(batch);
    rows += batch.numRows;
    if (rows >= limit) break;
  }
  const table = new Arrow.Table(reader.schema, batches);
  return table.numRows > limit ? table.slice(0, limit) : table;
}

/** The query's full row count, or null when it cannot be counted (not a single query). */
async function countRows(connection, sql) {
  try {
    const table = await collect(await connection.send(countSql(sql)), 1);
    return Number(table.get(0)?.n ?? NaN) || null;
  } catch {
    return null;
  }
}

function yes() {
  return true;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
