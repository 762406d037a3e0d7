/**
 * A plain HTML table (bảng số liệu) for charts' table alternatives and for print: Inputs.table
 * renders a screenful at a time and is hidden on paper, this one prints whole. Cells are set as
 * text, never parsed as HTML. A cell value may be {text, className, title} to style one cell
 * (e.g. "chưa công bố" in italics).
 *
 *   ${indexTable(rows, [{header: "Năm", value: (d) => d.period}, {header: "Điểm", value: (d) => fmt(d.value), align: "right"}],
 *     {caption: "…", rowClass: (d) => (d.unitId === ref.area.district ? "is-focus" : "")})}
 */

/**
 * indexTable(rows, columns, {caption, rowClass, rowLabel}) → a <div> (scrolls sideways when the
 * table is wider than the screen) holding the <table>. Columns: {header, value(row) → string |
 * {text, className, title}, align: "left" | "right", title}. The first column is a row header.
 */
export function indexTable(rows, columns, {caption, rowClass} = {}) {
  const wrap = document.createElement("div");
  wrap.className = "index-table";
  wrap.style.overflowX = "auto";
  wrap.style.maxWidth = "100%";
  const table = document.createElement("table");
  table.style.fontVariantNumeric = "tabular-nums";
  table.style.fontSize = "13px";
  if (caption) {
    const c = document.createElement("caption");
    c.textContent = caption;
    c.style.textAlign = "left";
    c.style.captionSide = "top";
    c.style.fontSize = "12px";
    c.style.color = "var(--theme-foreground-muted)";
    table.append(c);
  }
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.header;
    if (column.title) th.title = column.title;
    if (column.align === "right") th.style.textAlign = "right";
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const extra = rowClass?.(row);
    if (extra) tr.className = extra;
    columns.forEach((column, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) cell.scope = "row";
      const content = column.value(row);
      if (content !== null && typeof content === "object") {
        cell.textContent = content.text ?? "";
        if (content.className) cell.className = content.className;
        if (content.title) cell.title = content.title;
      } else {
        cell.textContent = content ?? "";
      }
      if (column.align === "right") cell.style.textAlign = "right";
      cell.style.whiteSpace = "nowrap";
      tr.append(cell);
    });
  }
  wrap.append(table);
  return wrap;
}
