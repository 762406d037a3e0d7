/**
 * A plain HTML table (bảng số liệu): the table alternative of a chart, readable on paper and
 * by screen readers, scrolling sideways on a phone. Every cell is set as text (never HTML).
 *
 *   ${plainTable(rows, {
 *     caption: "Hồ sơ theo xã, Quý 3/2024",
 *     columns: [{header: "Đơn vị", value: (d) => unitName(d.unitId)}, {header: "Tiếp nhận", value: (d) => formatNumber(d.receivedTotal), numeric: true}],
 *     rowClass: (d) => (d.unitId === "total" ? "total-row" : null)
 *   })}
 *
 * Columns: header, value(row) → text, numeric (right-aligned, tabular figures), title(row)
 * → a tooltip for the cell. The first column is a row header (<th scope="row">).
 */
export function plainTable(rows, {columns, caption, rowClass, className = ""} = {}) {
  const wrap = document.createElement("div");
  wrap.className = `table-scroll ${className}`.trim();
  const table = document.createElement("table");
  table.className = "plain-table";
  if (caption) {
    const c = document.createElement("caption");
    c.textContent = caption;
    table.append(c);
  }
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.header;
    // a numeric column's header wraps (its figures do not), so a wide table is not cut at "Đún…"
    if (column.numeric) {
      th.className = "numeric";
      th.style.whiteSpace = "normal";
      th.style.minWidth = "3em";
      th.style.hyphens = "manual";
    }
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    const extra = rowClass?.(row);
    if (extra) tr.className = extra;
    if (row?.unitId !== undefined) tr.dataset.unit = row.unitId;
    columns.forEach((column, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) {
        cell.scope = "row";
        cell.style.minWidth = "6.5rem"; // names wrap, so ten columns fit beside them at 1024 px
      }
      const value = column.value(row);
      cell.textContent = value === null || value === undefined ? "–" : String(value);
      if (column.numeric) cell.className = "numeric";
      const title = column.title?.(row);
      if (title) cell.title = title;
      tr.append(cell);
    });
    body.append(tr);
  }
  table.append(head, body);
  wrap.append(table);
  return wrap;
}
