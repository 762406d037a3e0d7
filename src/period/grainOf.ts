import type {Grain} from "./periodTypes.ts";

/** The grain of a period id: "2024-10" month, "2024-Q3" quarter, "2024-H2" half, "2024" year; null for anything else. */
export function grainOf(period: string): Grain | null {
  if (/^\d{4}$/.test(period)) return "year";
  if (/^\d{4}-Q[1-4]$/.test(period)) return "quarter";
  if (/^\d{4}-H[12]$/.test(period)) return "half";
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return "month";
  return null;
}
