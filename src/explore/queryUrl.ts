import type {Lang} from "../format/lang.ts";
import type {ReadyQuestion} from "./readyQuestions.ts";

/**
 * The query of /explore in the URL, so a question can be shared as a link: a ready-made
 * question as its id (`?q=radio-programme-missed`, short and language-independent), anything
 * else as the SQL text itself (`?sql=SELECT…`). Other parameters (lang) are kept as they are.
 * The two functions live together because each is the other's inverse.
 */
export interface QueryInUrl {
  /** The SQL to put in the editor, or null when the URL names none (the page's default). */
  readonly sql: string | null;
  /** The ready-made question the SQL is, or null for the reader's own SQL. */
  readonly questionId: string | null;
}

/** Reads ?sql= (wins when both are present) or ?q=; an unknown id or an empty text is ignored. */
export function readQueryFromUrl(search: string, questions: readonly ReadyQuestion[], lang: Lang): QueryInUrl {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const sql = params.get("sql");
  if (sql !== null && sql.trim() !== "") return {sql, questionId: matchQuestion(sql, questions, lang)};
  const id = params.get("q");
  const question = questions.find((q) => q.id === id);
  return question ? {sql: question.sql(lang), questionId: question.id} : {sql: null, questionId: null};
}

/** The query string for `sql`: ?q=<id> when it is a ready-made question as written, else ?sql=. */
export function writeQueryToUrl(search: string, sql: string, questions: readonly ReadyQuestion[], lang: Lang): string {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  params.delete("q");
  params.delete("sql");
  const id = matchQuestion(sql, questions, lang);
  if (id !== null) params.set("q", id);
  else if (sql.trim() !== "") params.set("sql", sql);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** The id of the question whose SQL (in either language) is `sql`, ignoring outer whitespace. */
function matchQuestion(sql: string, questions: readonly ReadyQuestion[], lang: Lang): string | null {
  const text = sql.trim();
  const other: Lang = lang === "vi" ? "en" : "vi";
  const found = questions.find((q) => q.sql(lang).trim() === text) ?? questions.find((q) => q.sql(other).trim() === text);
  return found?.id ?? null;
}
