/**
 * A plain HTML table whose columns sort by a button in their header (bảng sắp xếp được): Tab to
 * a header, Enter or Space sorts by it, again reverses. The header says how the table is sorted
 * (aria-sort), for screen readers too. A plain table, not Inputs.table, so that it prints whole.
 * Missing values (null) always sort last. Cells are text or DOM nodes (a sparkline, a link);
 * text is set as text, never parsed as HTML.
 *
 *   ```js
 *   const table = sortableTable(rows, {
 *     columns: [
 *       {key: "name", label: "Đơn vị", value: (d) => d.name},
 *       {key: "trend", label: "Xu hướng", cell: (d) => sparkline(d.series), sortable: false},
 *       {key: "latest", label: "Mới nhất", value: (d) => d.latest, cell: (d) => formatPercent(d.latest), align: "right"}
 *     ],
 *     sort: "-latest"
 *   });
 *   ```
 *
 * `table.value` is the sort ("latest" ascending, "-latest" descending); it dispatches "input"
 * when a header is clicked, and setting it re-sorts without an event, so it binds to the URL
 * with bindUrlState like any input.
 */
import {catalogue, compareVietnamese} from "../lib/cchc.js";

/**
 * sortableTable(rows, {columns, sort, caption, lang, rowClass}) → <div class="sortable-table">.
 * Each column: key, label, value(row) (what it sorts on: a number, a string or null), cell(row)
 * (what it shows: a string or a Node; default the value), sortable (default true), align,
 * compare(a, b) (optional, for values that sort neither as numbers nor as Vietnamese text),
 * descendingFirst (the first click sorts largest first: for "best" columns).
 */
export function sortableTable(rows, {columns, sort, caption, lang = "vi", rowClass} = {}) {
  const text = catalogue(lang).communes;
  const wrapper = document.createElement("div");
  wrapper.className = "sortable-table";
  const table = document.createElement("table");
  if (caption) {
    const c = document.createElement("caption");
    c.textContent = caption;
    table.append(c);
  }
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  wrapper.append(table);

  const valid = (s) => typeof s === "string" && columns.some((c) => c.sortable !== false && c.key === s.replace(/^-/, ""));
  let current = valid(sort) ? sort : columns.find((c) => c.sortable !== false)?.key ?? null;

  const headers = columns.map((column) => {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.align) th.style.textAlign = column.align;
    if (column.sortable === false) {
      th.textContent = column.label;
      head.append(th);
      return {th};
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    const label = document.createElement("span");
    label.textContent = column.label;
    const arrow = document.createElement("span");
    arrow.className = "sort-arrow";
    arrow.setAttribute("aria-hidden", "true");
    button.append(label, arrow);
    button.addEventListener("click", () => {
      const descending = current === column.key ? true : current === `-${column.key}` ? false : column.descendingFirst === true;
      current = `${descending ? "-" : ""}${column.key}`;
      render();
      wrapper.dispatchEvent(new Event("input", {bubbles: true}));
    });
    th.append(button);
    head.append(th);
    return {th, arrow, button};
  });

  function render() {
    const key = current?.replace(/^-/, "");
    const descending = current?.startsWith("-") ?? false;
    const column = columns.find((c) => c.key === key);
    const sorted = [...rows];
    if (column) {
      const value = column.value ?? (() => null);
      const compare = column.compare ?? defaultCompare;
      sorted.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const xMissing = x === null || x === undefined || (typeof x === "number" && !Number.isFinite(x));
        const yMissing = y === null || y === undefined || (typeof y === "number" && !Number.isFinite(y));
        if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1; // missing last, either way
        const c = compare(x, y);
        return descending ? -c : c;
      });
    }
    columns.forEach((c, i) => {
      const {th, arrow, button} = headers[i];
      if (c.sortable === false) return;
      const active = c.key === key;
      th.setAttribute("aria-sort", active ? (descending ? "descending" : "ascending") : "none");
      arrow.textContent = active ? (descending ? " ▼" : " ▲") : " ↕";
      button.title = `${text.sortBy} ${c.label}${active ? ` (${descending ? text.descending : text.ascending})` : ""}`;
    });
    const fragment = document.createDocumentFragment();
    for (const row of sorted) {
      const tr = document.createElement("tr");
      const extra = rowClass?.(row);
      if (extra) tr.className = extra;
      for (const c of columns) {
        const td = document.createElement("td");
        if (c.align) td.style.textAlign = c.align;
        const content = c.cell ? c.cell(row) : c.value?.(row);
        if (content instanceof Node) td.append(content);
        else td.textContent = content === null || content === undefined ? "–" : String(content);
        tr.append(td);
      }
      fragment.append(tr);
    }
    body.replaceChildren(fragment);
  }

  Object.defineProperty(wrapper, "value", {
    get: () => current,
    set(s) {
      if (!valid(s)) return;
      current = s;
      render();
    }
  });
  render();
  return wrapper;
}

function defaultCompare(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareVietnamese(String(a), String(b));
}
