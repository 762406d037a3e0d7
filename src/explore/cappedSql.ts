/**
 * The reader's query wrapped so DuckDB itself stops at a ceiling (giới hạn kết quả): /explore
 * holds, draws and downloads at most RESULT_CAP rows, and asking DuckDB for cap + 1 keeps its
 * memory low too (a LIMIT is pushed down; DuckDB-wasm materialises what it sends).
 * The query goes on lines of its own, so a trailing "-- comment" cannot swallow the ")".
 * Only a single query that can be a subquery wraps; anything else (SET, PRAGMA, several
 * statements) fails to parse wrapped, and the caller runs it as written.
 */
export const RESULT_CAP = 100_000;

/** `SELECT * FROM (sql) LIMIT limit`, with trailing semicolons and blanks removed. */
export function limitedSql(sql: string, limit: number): string {
  return `SELECT * FROM (\n${bare(sql)}\n) LIMIT ${Math.max(0, Math.floor(limit))}`;
}

/** `SELECT count(*) FROM (sql)`: how many rows the query has in all. */
export function countSql(sql: string): string {
  return `SELECT count(*) AS n FROM (\n${bare(sql)}\n)`;
}

function bare(sql: string): string {
  return sql.replace(/[\s;]+$/, "");
}
