/**
 * What `npm run bench:web` drives on /explore?bench=1 (and only there: the page imports this
 * file, and Arquero with it, only when the URL says bench=1). It times, inside the page, a
 * unit × month aggregation of a dossier-level table (one row per dossier: unitId, received,
 * due, completed, channel, fullyOnline, returnedByPost) with the page's own DuckDB and with
 * Arquero, on the same Arrow IPC file, so the two can be compared in the same browser.
 */
import * as aq from "npm:arquero";
import {READY_MARK} from "./exploreDatabase.js";

// Arquero reads its expressions from their source text: they must say `op.…`, a name it knows.
const {op} = aq;

/** The same counts as the dossier loader: per unit and month received. */
export const DUCKDB_AGGREGATION = `SELECT unitId, date_trunc('month', received) AS month,
  count(*) AS received,
  count(*) FILTER (WHERE channel = 'online') AS online,
  count(*) FILTER (WHERE fullyOnline) AS fully_online,
  count(*) FILTER (WHERE channel = 'postal') AS postal,
  count(*) FILTER (WHERE returnedByPost) AS returned_by_post,
  count(*) FILTER (WHERE completed <= due) AS on_time
FROM dossiers GROUP BY ALL`;

/** exploreBench(database) → the functions the benchmark calls through page.evaluate. */
export function exploreBench(database) {
  let dossiers = null;
  return {
    /** {readyMs: setup time, atMs: time since navigation when the tables were ready}. */
    async ready() {
      const db = await database.ready;
      const mark = performance.getEntriesByName(READY_MARK)[0];
      return {readyMs: db.readyMs, atMs: mark?.startTime ?? null};
    },
    /** Fetches an Arrow IPC stream and loads it into DuckDB (table dossiers) and Arquero. */
    async load(url) {
      const db = await database.ready;
      let t = performance.now();
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      const fetchMs = performance.now() - t;
      // DuckDB-wasm hands the buffer over to its worker (it is detached here afterwards), and
      // Arquero keeps views on its own: each gets its own copy, made before the clocks start.
      const forDuckDB = bytes.slice();
      t = performance.now();
      const connection = await db.client._db.connect();
      try {
        await connection.query("DROP TABLE IF EXISTS dossiers");
        await connection.insertArrowFromIPCStream(forDuckDB, {name: "dossiers", create: true});
      } finally {
        await connection.close();
      }
      const duckdbLoadMs = performance.now() - t;
      t = performance.now();
      dossiers = aq.fromArrow(bytes);
      const arqueroLoadMs = performance.now() - t;
      const [{n}] = await db.client.query("SELECT count(*) AS n FROM dossiers");
      return {bytes: bytes.byteLength, rows: Number(n), arqueroRows: dossiers.numRows(), fetchMs, duckdbLoadMs, arqueroLoadMs};
    },
    /** One DuckDB run of the aggregation: {ms, groups}. */
    async duckdb() {
      const db = await database.ready;
      const t = performance.now();
      const result = await db.client.query(DUCKDB_AGGREGATION);
      return {ms: performance.now() - t, groups: result.numRows};
    },
    /** One Arquero run of the same aggregation: {ms, groups}. */
    arquero() {
      if (dossiers === null) throw new Error("load() the dossiers first");
      const t = performance.now();
      const result = dossiers
        .groupby({unitId: (d) => d.unitId, month: (d) => op.utcyear(d.received) * 100 + op.utcmonth(d.received) + 1})
        .rollup({
          received: op.count(),
          online: (d) => op.sum(d.channel === "online" ? 1 : 0),
          fully_online: (d) => op.sum(d.fullyOnline ? 1 : 0),
          postal: (d) => op.sum(d.channel === "postal" ? 1 : 0),
          returned_by_post: (d) => op.sum(d.returnedByPost ? 1 : 0),
          on_time: (d) => op.sum(d.completed !== null && d.completed <= d.due ? 1 : 0)
        });
      return {ms: performance.now() - t, groups: result.numRows()};
    }
  };
}
