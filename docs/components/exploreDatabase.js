/**
 * The /explore database (cơ sở dữ liệu khám phá): DuckDB-wasm in a Web Worker, holding the
 * published tables — observations, plan_reports, units, indicators, lineage — so readers can
 * ask their own questions in SQL without installing anything. Nothing leaves the page.
 *
 *   ```js
 *   const database = {ready: openExploreDatabase(DuckDBClient, {datasets: {tthc, pci, ddci, papi, plan}, reference: ref})};
 *   ```
 *
 * (wrapped in an object so Framework hands the promise on instead of waiting for it: the
 * editor shows at once and says when DuckDB is ready). DuckDB-wasm and its worker are
 * fetched only by the page that calls this, when it runs: no other page loads them.
 *
 * Once the tables exist the database is locked down (LOCKDOWN_SQL): no file, URL, extension
 * or attached database can be read or written, and no query can change a setting back.
 */
import * as Arrow from "npm:apache-arrow";
import {exploreReferenceTables, exploreSetupSql, rawTableName} from "../lib/cchc.js";

/**
 * Run right after setup. enable_external_access=false makes DuckDB refuse read_csv/parquet of
 * URLs and paths, COPY … TO, LOAD and ATTACH ("Permission Error"); lock_configuration=true makes
 * every later SET/RESET fail ("Invalid Input Error: … the configuration has been locked"), so a
 * query cannot switch external access or extension autoinstall back on. Both exist in DuckDB
 * 1.1 (DuckDB-wasm 1.29). The Content-Security-Policy still stands behind them.
 */
export const LOCKDOWN_SQL = "SET enable_external_access = false; SET lock_configuration = true;";

/** Named in the Performance timeline when the tables are ready (read by npm run bench:web). */
export const READY_MARK = "explore:duckdb-ready";

/**
 * openExploreDatabase(DuckDBClient, {datasets, reference}) → Promise<{client, readyMs, sampleTables, rowCounts}>.
 * `datasets`: Arrow tables, or promises of them, by dataset id (tthc, pci, ddci, papi, plan):
 * DuckDB starts while they download. Empty ones are skipped and their table still exists,
 * typed and empty. `sampleTables`: the tables holding any generated sample row ("Dữ liệu
 * mẫu"). BIGINT, DECIMAL and TIMESTAMP results come back as plain numbers and dates, so every
 * result can be shown and charted the same way.
 */
export async function openExploreDatabase(DuckDBClient, {datasets, reference}) {
  const started = performance.now();
  const sources = {};
  for (const table of exploreReferenceTables(reference)) sources[table.name] = typedArrowTable(table);
  const [client, loaded] = await Promise.all([
    DuckDBClient.of(sources, {query: {castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true}}),
    Promise.all(Object.entries(datasets).map(async ([id, table]) => [id, await table]))
  ]);
  const observed = [];
  let plan = false;
  // Framework's DuckDBClient keeps the AsyncDuckDB as _db: the way to insert after opening.
  const connection = await client._db.connect();
  try {
    for (const [id, table] of loaded) {
      if (!table || table.numRows === 0) continue;
      await connection.insertArrowTable(table, {name: rawTableName(id), schema: "main"});
      if (id === "plan") plan = true;
      else observed.push(id);
    }
  } finally {
    await connection.close();
  }
  // Never fetch an extension from DuckDB's host (the intranet has none; the CSP would block it):
  // a query that needs one fails with DuckDB's message instead of trying the network.
  for (const setting of ["autoinstall_known_extensions", "autoload_known_extensions"]) {
    await client.query(`SET ${setting} = false`).catch(() => undefined);
  }
  await client.query(exploreSetupSql(observed, plan));
  await client.query(LOCKDOWN_SQL);
  const counts = await client.query(
    `SELECT 'observations' AS name, count(*) AS n, coalesce(bool_or(sample), false) AS sample FROM observations
     UNION ALL SELECT 'plan_reports', count(*), coalesce(bool_or(sample), false) FROM plan_reports
     UNION ALL SELECT 'units', count(*), false FROM units
     UNION ALL SELECT 'indicators', count(*), false FROM indicators
     UNION ALL SELECT 'lineage', count(*), false FROM lineage`
  );
  const rowCounts = new Map();
  const sampleTables = new Set();
  for (const row of counts) {
    rowCounts.set(row.name, Number(row.n));
    if (row.sample) sampleTables.add(row.name);
  }
  performance.mark(READY_MARK);
  return {client, readyMs: performance.now() - started, sampleTables, rowCounts};
}

/**
 * exploreDatabase(DuckDBClient, options) → {ready, restart()}: the database of /explore as the
 * page holds it. `ready` is openExploreDatabase's promise; restart() terminates the worker (a
 * query that cancelling could not stop) and opens the database again from the same tables —
 * locked down again, by the same setup — replacing `ready`.
 */
export function exploreDatabase(DuckDBClient, options) {
  const database = {
    ready: openExploreDatabase(DuckDBClient, options),
    restart() {
      const old = database.ready;
      database.ready = old.then(
        (db) => db.client._db.terminate(),
        () => undefined
      ).then(() => openExploreDatabase(DuckDBClient, options));
      return database.ready;
    }
  };
  return database;
}

/**
 * An Arrow table with the declared column types (DuckDB then never has to guess one), built
 * from raw buffers: apache-arrow's own builders compile a null check with `new Function`,
 * which the site's Content-Security-Policy (no 'unsafe-eval') rightly forbids.
 */
function typedArrowTable({columns, rows}) {
  const vectors = {};
  for (const column of columns) {
    const values = rows.map((row) => row[column.name] ?? null);
    vectors[column.name] = new Arrow.Vector([columnData(column.type, values)]);
  }
  return new Arrow.Table(vectors);
}

function columnData(type, values) {
  const length = values.length;
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  const common = {length, nullCount, nullBitmap};
  if (type === "number") {
    return Arrow.makeData({type: new Arrow.Float64(), ...common, data: Float64Array.from(values, (v) => (v === null ? 0 : Number(v)))});
  }
  if (type === "boolean") {
    const bits = new Uint8Array(Math.ceil(length / 8));
    values.forEach((v, i) => {
      if (v === true) bits[i >> 3] |= 1 << (i & 7);
    });
    return Arrow.makeData({type: new Arrow.Bool(), ...common, data: bits});
  }
  if (type === "date") {
    // "2024-10-01" → days since 1970-01-01 (DuckDB reads DateDay as DATE).
    const days = Int32Array.from(values, (v) => (v === null ? 0 : Math.round(Date.parse(`${v}T00:00:00Z`) / 86_400_000)));
    return Arrow.makeData({type: new Arrow.DateDay(), ...common, data: days});
  }
  const encoder = new TextEncoder();
  const encoded = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
  const valueOffsets = new Int32Array(length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
  const data = new Uint8Array(valueOffsets[length]);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return Arrow.makeData({type: new Arrow.Utf8(), ...common, valueOffsets, data});
}
