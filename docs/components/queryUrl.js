/**
 * Keeps the /explore query in the URL (đường dẫn chia sẻ): each query the reader runs becomes
 * a history entry — `?q=<id>` for a ready-made question, `?sql=<text>` otherwise, other keys
 * such as lang kept — and the back and forward buttons put the earlier query back and run it.
 *
 *   ```js
 *   bindQueryUrl(workbench, {questions: READY_QUESTIONS, lang, invalidation});
 *   ```
 */
import {readQueryFromUrl, writeQueryToUrl} from "../lib/cchc.js";

/** bindQueryUrl(workbench, {questions, lang, defaultSql, invalidation, window}) → dispose(). */
export function bindQueryUrl(workbench, {questions, lang = "vi", defaultSql = "", invalidation, window: win = globalThis.window}) {
  const onRun = (event) => {
    const {pathname, search, hash} = win.location;
    const next = writeQueryToUrl(search, event.detail.sql, questions, lang);
    if (next === search) return;
    win.history.pushState(win.history.state, "", `${pathname}${next}${hash}`);
  };
  const onPopState = () => {
    const {sql} = readQueryFromUrl(win.location.search, questions, lang);
    workbench.run(sql ?? defaultSql);
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
