import {splitStatements} from "./splitStatements.ts";

/**
 * Statements /explore refuses before DuckDB sees them (câu lệnh bị từ chối). The real lockdown
 * is DuckDB's own configuration (enable_external_access=false, lock_configuration=true): it
 * refuses LOAD, ATTACH, COPY TO, reading files and URLs, and changing settings. DuckDB-wasm,
 * though, accepts INSTALL as a silent no-op, which would tell a reader an extension was
 * installed; so INSTALL (and FORCE INSTALL) is refused here, with a message.
 *
 * Only the first words of each statement count, outside comments, strings and quoted names:
 * `SELECT 'INSTALL'` and a column named "install" are fine.
 */
const REFUSED = new Set(["INSTALL"]);

/** The refused keyword ("INSTALL") that starts one of the statements in `sql`, else null. */
export function refusedStatement(sql: string): string | null {
  for (const {words} of splitStatements(sql)) {
    const first = words[0] === "FORCE" ? words[1] : words[0];
    if (first !== undefined && REFUSED.has(first)) return first;
  }
  return null;
}
