/**
 * Keeps the /explore query in the URL (đường dẫn chia sẻ): each query the reader runs becomes
 * a history entry — `?q=<id>` for a ready-made question, `?sql=<text>` otherwise, other keys
 * such as lang kept — and the back and forward buttons put the earlier query back and run it.
 * A query that came from a link (?sql= that is no ready-made question and was not run on this
 * page yet) is only put back in the editor, to be run by a click: a link never runs SQL.
 *
 *   ```js
 *   bindQueryUrl(workbench, {questions: READY_QUESTIONS, lang, invalidation});
 *   ```
 */
import {readQueryFromUrl, writeQueryToUrl} from "../lib/cchc.js";

/** bindQueryUrl(workbench, {questions, lang, defaultSql, invalidation, window}) → dispose(). */
export function bindQueryUrl(workbench, {questions, lang = "vi", defaultSql = "", invalidation, window: win = globalThis.window}) {
  // The queries the reader ran here: going back to one of them may run it again.
  const ran = new Set();
  const onRun = (event) => {
    ran.add(event.detail.sql);
    const {pathname, search, hash} = win.location;
    const next = writeQueryToUrl(search, event.detail.sql, questions, lang);
    if (next === search) return;
    win.history.pushState(win.history.state, "", `${pathname}${next}${hash}`);
  };
  const onPopState = () => {
    const {sql, questionId} = readQueryFromUrl(win.location.search, questions, lang);
    if (sql !== null && questionId === null && !ran.has(sql)) workbench.show(sql);
    else workbench.run(sql ?? defaultSql);
  };
  workbench.addEventListener("explore-run", onRun);
  win.addEventListener("popstate", onPopState);
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    workbench.removeEventListener("explore-run", onRun);
    win.removeEventListener("popstate", onPopState);
  };
  invalidation?.then(dispose);
  return dispose;
}
