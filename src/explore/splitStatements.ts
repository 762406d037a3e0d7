/**
 * SQL text split into its statements (câu lệnh), at the semicolons that are not inside a
 * comment, a string ('…', $$…$$) or a quoted name ("…"). /explore runs a script's statements
 * one by one, because DuckDB-wasm's cancellable way of running a query takes one statement.
 */
export interface SqlStatement {
  /** The statement as written, without its semicolon, trimmed. */
  readonly text: string;
  /** Its first two words, upper case ("FORCE", "INSTALL"); "" for a string or a symbol. */
  readonly words: readonly string[];
}

/** The statements of `sql` that hold anything besides comments and blanks, in order. */
export function splitStatements(sql: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let words: string[] = [];
  let tokens = 0;
  const end = (at: number): void => {
    if (tokens > 0) statements.push({text: sql.slice(start, at).trim(), words: words.slice(0, 2)});
    start = at + 1;
    words = [];
    tokens = 0;
  };
  const token = (word: string): void => {
    tokens++;
    if (words.length < 2) words.push(word);
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    const dollar = c === "$" ? /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 66))?.[0] : undefined;
    if (c === "-" && next === "-") {
      i = endOf(sql, "\n", i + 2);
    } else if (c === "/" && next === "*") {
      i = endOf(sql, "*/", i + 2);
    } else if (c === "'" || c === '"') {
      i = endOfQuoted(sql, c, i + 1);
      token("");
    } else if (dollar !== undefined) {
      i = endOf(sql, dollar, i + dollar.length);
      token("");
    } else if (c === ";") {
      end(i);
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i, i + 256))![0];
      token(word.toUpperCase());
      i += word.length;
    } else {
      if (!/\s/.test(c)) token("");
      i++;
    }
  }
  end(sql.length);
  return statements;
}

/** The index after `end` (searched from `from`), or the end of the text. */
function endOf(sql: string, end: string, from: number): number {
  const at = sql.indexOf(end, from);
  return at === -1 ? sql.length : at + end.length;
}

/** The index after the closing quote; a doubled quote ('' or "") is part of the text. */
function endOfQuoted(sql: string, quote: string, from: number): number {
  let i = from;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}
