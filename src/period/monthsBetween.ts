const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Every month from `from` to `to` inclusive, as "YYYY-MM"; empty when `from` is after `to`.
 * Throws on a malformed month rather than looping on garbage.
 */
export function monthsBetween(from: string, to: string): string[] {
  const index = (month: string): number => {
    const m = MONTH.exec(month);
    if (m === null) throw new Error(`Malformed month ${JSON.stringify(month)}: expected "YYYY-MM" with MM from 01 to 12`);
    return Number(m[1]) * 12 + Number(m[2]) - 1;
  };
  const months: string[] = [];
  for (let i = index(from), last = index(to); i <= last; i++) {
    months.push(`${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}
