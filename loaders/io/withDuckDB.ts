import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

/**
 * Runs `use` with a connection to a fresh in-memory DuckDB and closes it afterwards, however
 * `use` ends. The instance never downloads anything (extension auto-install and auto-load are
 * off: the intranet has no internet) and may spill large aggregations to a private temporary
 * folder, removed at the end.
 */
export async function withDuckDB<T>(use: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const spill = await mkdtemp(join(tmpdir(), "cchc-duckdb-"));
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  try {
    instance = await DuckDBInstance.create(":memory:", {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      allow_community_extensions: "false",
      // group order does not matter here; not preserving it saves memory and time
      preserve_insertion_order: "false",
      // bounds DuckDB's own buffers (hash tables spill to `spill` beyond it): a 5-million-row
      // export then stays well under 600 MB for the whole process, at no measurable cost in time
      memory_limit: "256MB",
      temp_directory: spill
    });
    connection = await instance.connect();
    return await use(connection);
  } finally {
    connection?.closeSync();
    instance?.closeSync();
    await rm(spill, {recursive: true, force: true});
  }
}
