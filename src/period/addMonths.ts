/** The month `count` months after `month` ("YYYY-MM"; a negative count goes back): ("2024-12", 1) → "2025-01". */
export function addMonths(month: string, count: number): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (match === null) throw new Error(`Unknown month ${JSON.stringify(month)}: expected "YYYY-MM"`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}
