/**
 * First and last month ("YYYY-MM") of a period id: "2024" → 2024-01..2024-12, "2024-Q3" →
 * 2024-07..2024-09, "2024-H2" → 2024-07..2024-12, "2024-10" → 2024-10..2024-10. Throws on
 * anything else, since a wrong window would silently mis-score a task.
 */
export function periodRange(period: string): {readonly first: string; readonly last: string} {
  const pad = (n: number): string => String(n).padStart(2, "0");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(period))) return {first: `${m[1]}-01`, last: `${m[1]}-12`};
  if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) {
    const q = Number(m[2]);
    return {first: `${m[1]}-${pad(q * 3 - 2)}`, last: `${m[1]}-${pad(q * 3)}`};
  }
  if ((m = /^(\d{4})-H([12])$/.exec(period))) return m[2] === "1" ? {first: `${m[1]}-01`, last: `${m[1]}-06`} : {first: `${m[1]}-07`, last: `${m[1]}-12`};
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return {first: period, last: period};
  throw new Error(`Unknown period ${JSON.stringify(period)}: expected "YYYY", "YYYY-Qn", "YYYY-Hn" or "YYYY-MM"`);
}
