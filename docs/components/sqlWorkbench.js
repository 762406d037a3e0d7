/**
 * The SQL editor of /explore (trình soạn câu lệnh SQL): ready-made questions, a plain textarea,
 * a Run button, a status line and DuckDB's error message right under the editor. Works with
 * Framework's Generators.input: `.value` is the last successful result and an "input" event
 * follows each one; a failed query leaves the previous result in place and says so.
 *
 *   ```js
 *   const workbench = sqlWorkbench({database, questions: READY_QUESTIONS, sql: initial.sql, lang});
 *   const result = Generators.input(workbench);
 *   ```
 *
 * Keyboard: Ctrl+Enter (⌘+Enter) runs; Tab moves on as usual (it is not captured, so keyboard
 * users can always leave the editor). Each run the reader starts also dispatches "explore-run"
 * ({detail: {sql}}), which bindQueryUrl turns into a history entry. `workbench.run(sql)` runs
 * a query from code (the back button); `workbench.show(sql)` only puts a query from a link in
 * the editor, to be read and run by a click; `workbench.restart()` restarts DuckDB.
 * `data-state` tells tests and the benchmark where it is: loading, ready, running (from the
 * moment a query is asked for, DuckDB loading or not), done, error (the last query failed),
 * cancelled (stopped with "Dừng truy vấn"), failed (DuckDB could not start).
 *
 * Safety: a result holds at most RESULT_CAP rows (cappedQuery.js says how many there were),
 * a running query can be stopped, INSTALL is refused (refusedStatement; DuckDB itself is
 * locked down by exploreDatabase), and a query from a link never runs before a click.
 */
import {catalogue, formatNumber, inLanguage, refusedStatement} from "../lib/cchc.js";
import {isCancelled, startCappedQuery, truncationNote} from "./cappedQuery.js";
import {readQueryResult} from "./queryResult.js";

let counter = 0;

/**
 * sqlWorkbench({database: {ready: Promise<{client, readyMs}>, restart()}, questions, sql, fromLink, lang}) → <form>.
 * `sql` is run as soon as DuckDB is ready (a ready-made question, or the page's default) —
 * unless `fromLink`: then it waits in the editor, with a note, for the reader to press Run.
 */
export function sqlWorkbench({database, questions, sql = "", fromLink = false, lang = "vi"}) {
  const text = catalogue(lang).explore.workbench;
  const uid = `sql-workbench-${++counter}`;
  const form = document.createElement("form");
  form.className = "sql-workbench";
  form.value = null;
  form.dataset.state = "loading";

  const list = document.createElement("fieldset");
  list.className = "sql-questions";
  const legend = document.createElement("legend");
  legend.textContent = text.questions;
  const ul = document.createElement("ul");
  for (const question of questions) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.question = question.id;
    button.textContent = inLanguage(question, "title", lang);
    button.addEventListener("click", () => {
      textarea.value = question.sql(lang);
      start(textarea.value);
    });
    li.append(button);
    ul.append(li);
  }
  list.append(legend, ul);

  const label = document.createElement("label");
  label.htmlFor = `${uid}-sql`;
  label.className = "sql-label";
  label.textContent = text.editor;
  const textarea = document.createElement("textarea");
  textarea.id = `${uid}-sql`;
  textarea.name = "sql";
  textarea.rows = 12;
  textarea.spellcheck = false;
  textarea.setAttribute("autocapitalize", "off");
  textarea.setAttribute("autocomplete", "off");
  textarea.setAttribute("aria-describedby", `${uid}-hint ${uid}-error`);
  textarea.value = sql;
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      start(textarea.value);
    }
  });
  // A textarea's own input events must not reach Framework's Generators.input: the result
  // changes when a query runs, not while one is typed.
  textarea.addEventListener("input", (event) => event.stopPropagation());

  const actions = document.createElement("div");
  actions.className = "sql-actions";
  const runButton = document.createElement("button");
  runButton.type = "submit";
  runButton.textContent = text.run;
  const cancelButton = document.createElement("button");
  cancelButton.type = "button";
  cancelButton.className = "sql-cancel";
  cancelButton.textContent = text.cancel;
  cancelButton.hidden = true;
  const hint = document.createElement("span");
  hint.id = `${uid}-hint`;
  hint.className = "sql-hint";
  hint.textContent = text.hint;
  actions.append(runButton, cancelButton, hint);

  const linkNote = document.createElement("p");
  linkNote.className = "sql-link-note";
  linkNote.textContent = text.fromLink;
  linkNote.hidden = !fromLink;

  const status = document.createElement("p");
  status.className = "sql-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.textContent = text.loading;

  const error = document.createElement("div");
  error.id = `${uid}-error`;
  error.className = "sql-error";
  error.setAttribute("role", "alert");
  error.hidden = true;
  const errorTitle = document.createElement("strong");
  errorTitle.textContent = text.errorTitle;
  const errorMessage = document.createElement("pre");
  error.append(errorTitle, errorMessage);

  const editor = document.createElement("div");
  editor.className = "sql-editor";
  editor.append(label, linkNote, textarea, actions, error, status);
  form.append(list, editor);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    start(textarea.value);
  });

  const showError = (message) => {
    errorMessage.textContent = message;
    error.hidden = false;
  };

  // One query at a time, in the order asked; "running" from the moment a query is asked for
  // until the last one asked has finished, so no one reads a previous run's "done".
  let queue = Promise.resolve();
  let pending = 0;
  const execute = (query) => {
    pending++;
    form.dataset.state = "running";
    queue = queue
      .then(() => runOne(query))
      .then((state) => {
        if (--pending === 0) form.dataset.state = state;
      });
    return queue;
  };

  /** The run that Cancel stops, while one is running. */
  let current = null;
  cancelButton.addEventListener("click", () => {
    if (current === null) return;
    cancelButton.disabled = true;
    status.textContent = text.cancelling;
    current.cancel();
  });

  /** Runs one query and shows its outcome; resolves to the state it leaves: done, error, cancelled or failed. */
  const runOne = async (query) => {
    if (query.trim() === "") {
      status.textContent = text.empty;
      return form.value === null ? "ready" : "done";
    }
    const refused = refusedStatement(query);
    if (refused !== null) {
      showError(text.refused(refused));
      status.textContent = text.error;
      return "error";
    }
    try {
      await database.ready;
    } catch (reason) {
      status.textContent = text.failed;
      showError(messageOf(reason));
      return "failed";
    }
    runButton.disabled = true;
    runButton.setAttribute("aria-busy", "true");
    cancelButton.hidden = false;
    cancelButton.disabled = false;
    status.textContent = text.running;
    const started = performance.now();
    current = startCappedQuery(database, query);
    try {
      const {table, truncated, totalRows} = await current.result;
      const ms = performance.now() - started;
      const result = {
        sql: query,
        questionId: questionIdOf(query, questions, lang),
        ms,
        ...readQueryResult(table),
        truncated: truncated ? {shown: table.numRows, of: totalRows} : null
      };
      error.hidden = true;
      errorMessage.textContent = "";
      status.textContent = `${text.done(formatNumber(result.totalRows, {lang}), formatMs(ms, lang))}${result.rows.length < result.totalRows ? text.showing(formatNumber(result.rows.length, {lang})) : ""}.${truncated ? ` ${truncationNote(result.truncated, lang)}.` : ""}`;
      form.value = result;
      form.dispatchEvent(new Event("input", {bubbles: true}));
      return "done";
    } catch (reason) {
      if (isCancelled(reason)) {
        status.textContent = text.cancelled;
        return "cancelled";
      }
      showError(messageOf(reason));
      status.textContent = text.error;
      return "error";
    } finally {
      current = null;
      cancelButton.hidden = true;
      runButton.disabled = false;
      runButton.removeAttribute("aria-busy");
    }
  };

  const start = (query) => {
    linkNote.hidden = true;
    form.dispatchEvent(new CustomEvent("explore-run", {detail: {sql: query}}));
    return execute(query);
  };

  /** Puts `query` in the editor and runs it, without a new history entry. */
  form.run = (query) => {
    linkNote.hidden = true;
    textarea.value = query;
    return execute(query);
  };

  /** Puts a query from a link in the editor, with the note, and waits for Run. */
  form.show = (query) => {
    textarea.value = query;
    linkNote.hidden = false;
  };

  /** Restarts DuckDB (a new worker, the tables loaded and locked down again). */
  form.restart = () => {
    status.textContent = text.loading;
    whenReady(database.restart());
    return database.ready;
  };

  const whenReady = (ready) =>
    ready.then(
      ({readyMs}) => {
        if (form.dataset.state === "loading") form.dataset.state = "ready";
        if (status.textContent === text.loading) status.textContent = text.ready(formatMs(readyMs, lang));
      },
      () => {}
    );
  whenReady(database.ready);
  if (sql.trim() !== "" && !fromLink) execute(sql);
  return form;
}

function questionIdOf(query, questions, lang) {
  const q = query.trim();
  return questions.find((question) => question.sql(lang).trim() === q)?.id ?? null;
}

/** DuckDB's own words: "Parser Error: syntax error at or near …", "Catalog Error: Table …". */
function messageOf(reason) {
  const message = reason?.message ?? String(reason);
  return message.trim() || String(reason);
}

function formatMs(ms, lang) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${formatNumber(ms / 1000, {lang, digits: 1})} s`;
}
