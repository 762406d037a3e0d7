/** Plain objects from an Arrow table (typed columns; nulls stay null, never 0). */
export function rowsFromArrow(table) {
  const columns = table.schema.fields.map((f) => f.name);
  const vectors = columns.map((name) => table.getChild(name));
  const rows = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row = {};
    for (let j = 0; j < columns.length; j++) row[columns[j]] = vectors[j].get(i) ?? null;
    rows[i] = row;
  }
  return rows;
}
