/**
 * Column names made unique for rows keyed by name: a join can return two columns called "name"
 * (DuckDB allows it), and the second must not overwrite the first. Repeats get " (2)", " (3)"…
 */
export function uniqueColumnNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}
