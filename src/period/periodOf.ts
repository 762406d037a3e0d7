import type {Grain} from "./periodTypes.ts";

/**
 * The id of the period of `grain` that contains `month` ("YYYY-MM"): "2024-10" → "2024-10",
 * "2024-Q4", "2024-H2" or "2024". Throws on a malformed month.
 */
export function periodOf(month: string, grain: Grain): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (m === null) throw new Error(`Malformed month ${JSON.stringify(month)}: expected "YYYY-MM" with MM from 01 to 12`);
  const year = m[1]!;
  const monthNumber = Number(m[2]);
  switch (grain) {
    case "month":
      return month;
    case "quarter":
      return `${year}-Q${Math.ceil(monthNumber / 3)}`;
    case "half":
      return `${year}-H${monthNumber <= 6 ? 1 : 2}`;
    case "year":
      return year;
    default:
      // Unreachable for typed callers; untyped ones get an error, not undefined.
      throw new Error(`Unknown grain ${JSON.stringify(grain satisfies never)}: expected "month", "quarter", "half" or "year"`);
  }
}
