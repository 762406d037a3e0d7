/**
 * Shareable views (đường dẫn chia sẻ): a page's inputs are read from and written to the query
 * string, so a link such as
 *   /?units=<id>,<id>&indicator=online_share&from=2023-01&to=2024-12&grain=quarter&lang=en
 * opens the page as it was, and the back button steps back through the choices made.
 *
 * How a page uses it (one schema per page; each key is an input; see src/url/viewState.ts for
 * the kinds "ids", "enum", "month", "number", "boolean"):
 *
 *   ```js
 *   import {bindUrlState, readUrlState} from "./components/urlState.js";
 *   const schema = {
 *     indicator: {kind: "enum", values: tthcIndicators.map((d) => d.id), default: "online_share"},
 *     units: {kind: "ids", values: unitIds, default: ["18568"]},
 *     grain: {kind: "enum", values: ["month", "quarter", "year"], default: "month"},
 *     from: {kind: "month", default: null, min: meta.dataFrom, max: meta.dataThrough}
 *   };
 *   const initial = readUrlState(schema); // the view in the URL, defaults filled in
 *   ```
 *
 *   ```js
 *   const indicatorInput = Inputs.select(schema.indicator.values, {label: "Chỉ số", format: (id) => names.get(id), value: initial.indicator});
 *   const unitsInput = unitPicker(unitIds, {label: "Xã, thị trấn", format: unitName, value: initial.units});
 *   bindUrlState({indicator: indicatorInput, units: unitsInput}, schema, {invalidation});
 *   const indicatorId = view(indicatorInput);
 *   const units = view(unitsInput);
 *   ```
 *
 * Rules: the schema's defaults are the inputs' initial values (a key at its default is not
 * written, so the URL stays short); inputs hold the URL's values as they are (ids, not objects)
 * — for an input whose values are objects, bind {input, toUrl: (d) => d.id, fromUrl: (id) =>
 * byId.get(id)}; pass Framework's `invalidation` so a cell that re-runs drops its old listeners.
 * Several cells may each bind some keys of the same schema: each writes only its own keys and
 * keeps the others. Keys not in the schema are dropped from the URL.
 */
import {formatViewState, parseViewState} from "../lib/cchc.js";

/** The view in `search` (default: the page's location.search) with defaults for the rest. */
export function readUrlState(schema, search = globalThis.location?.search ?? "") {
  return parseViewState(search, schema);
}

/**
 * Keeps `bindings` ({key: input} or {key: {input, toUrl, fromUrl}}) and the URL in step:
 * sets each input from the URL now and on every back/forward (popstate), dispatching "input"
 * so the page updates; writes the URL with history.pushState on every change. Changes in quick
 * succession (dragging a slider, typing) replace the entry just pushed instead of adding one each.
 * Returns a function that removes the listeners (also called when `invalidation` resolves).
 */
export function bindUrlState(bindings, schema, {invalidation, window: win = globalThis.window, burstMs = 600} = {}) {
  const entries = Object.entries(bindings).map(([key, binding]) => {
    if (!Object.hasOwn(schema, key)) throw new Error(`bindUrlState: "${key}" is not a key of the schema`);
    const {input, toUrl = identity, fromUrl = identity} = isInput(binding) ? {input: binding} : binding;
    if (!isInput(input)) throw new Error(`bindUrlState: "${key}" is not bound to an input element`);
    return {key, input, toUrl, fromUrl};
  });
  let applying = false;
  let lastWrite = Number.NEGATIVE_INFINITY;

  const apply = () => {
    const state = parseViewState(win.location.search, schema);
    applying = true;
    try {
      for (const {key, input, toUrl, fromUrl} of entries) {
        if (sameValue(toUrl(input.value), state[key])) continue;
        const value = fromUrl(state[key]);
        if (value === undefined) continue;
        input.value = value;
        input.dispatchEvent(new win.Event("input", {bubbles: true}));
      }
    } finally {
      applying = false;
    }
  };

  const onInput = () => {
    if (applying) return;
    const state = parseViewState(win.location.search, schema);
    for (const {key, input, toUrl} of entries) state[key] = toUrl(input.value);
    const {pathname, search, hash} = win.location;
    const url = `${pathname}${formatViewState(state, schema)}${hash}`;
    if (url === `${pathname}${search}${hash}`) return;
    const now = Date.now();
    if (now - lastWrite < burstMs) win.history.replaceState(win.history.state, "", url);
    else win.history.pushState(win.history.state, "", url);
    lastWrite = now;
  };

  const onPopState = () => {
    lastWrite = Number.NEGATIVE_INFINITY;
    apply();
  };

  apply();
  for (const {input} of entries) input.addEventListener("input", onInput);
  win.addEventListener("popstate", onPopState);
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    for (const {input} of entries) input.removeEventListener("input", onInput);
    win.removeEventListener("popstate", onPopState);
  };
  invalidation?.then(dispose);
  return dispose;
}

function identity(x) {
  return x;
}

function isInput(x) {
  return x != null && typeof x.addEventListener === "function" && "value" in x;
}

/** Equal as the URL would write them: lists as sets. */
function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    const set = new Set(b);
    return new Set(a).size === set.size && a.every((x) => set.has(x));
  }
  return Object.is(a, b) || (a === null && b === undefined) || (a === undefined && b === null);
}
