/**
 * Which of `tables` a SQL text names, outside comments and string literals, bare or quoted,
 * in any case: enough to say which tables (and so which sources, sample or real) a query
 * read, without a SQL parser. A name that only appears inside a comment or a string does not
 * count; a column that happens to share a table's name does (erring towards naming a source).
 */
export function tablesMentioned(sql: string, tables: readonly string[]): string[] {
  const code = sql
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, " ")
    .replace(/'(?:[^']|'')*'?/g, " ");
  const words = new Set<string>();
  for (const m of code.matchAll(/"((?:[^"]|"")*)"|([\p{L}_][\p{L}\p{N}_$]*)/gu)) {
    words.add((m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!).toLowerCase());
  }
  return tables.filter((t) => words.has(t.toLowerCase()));
}
