/** A SQL string literal: 'text', with single quotes doubled (DuckDB, standard SQL). */
export function sqlString(text: string): string {
  if (text.includes("\0")) throw new Error("a SQL string cannot contain a NUL character");
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier: "name", with double quotes doubled. */
export function sqlIdentifier(name: string): string {
  if (name.includes("\0")) throw new Error("a SQL identifier cannot contain a NUL character");
  return `"${name.replaceAll('"', '""')}"`;
}
