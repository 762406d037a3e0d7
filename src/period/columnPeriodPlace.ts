import type {PeriodPlace} from "./agreedPeriod.ts";

/**
 * The period a "Năm"/"Kỳ" column gives, from the periods seen in it (period → first 1-based
 * row): one place for agreedPeriod, none when the column is blank, or — when it holds two — the
 * problem to report (a file gives one period), naming both and their rows.
 */
export function columnPeriodPlace(
  seen: ReadonlyMap<string, number>,
  column: string,
  what: "year" | "period"
): {readonly place: PeriodPlace | null; readonly problem: {readonly expected: string; readonly row: number; readonly column: string; readonly value: string} | null} {
  const entries = [...seen];
  if (entries.length > 1) {
    const [[a, rowA], [b, rowB]] = entries as [[string, number], [string, number]];
    return {place: null, problem: {expected: `one ${what} per file; column ${column} has ${a} (row ${rowA}) and ${b} (row ${rowB}): split the file by ${what}`, row: rowB, column, value: b}};
  }
  const [only] = entries;
  return {place: only === undefined ? null : {where: `column ${column}`, period: only[0], row: only[1], column, value: only[0]}, problem: null};
}
