const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether month `month` ("YYYY-MM") is over on day `asOf` ("YYYY-MM-DD"): true from its last
 * day on, so on 2024-12-31 December counts as ended (the end of a plan year shows it complete).
 * Throws on a malformed date: a wrong "as of" would mis-score every task.
 */
export function monthEnded(month: string, asOf: string): boolean {
  if (!DATE.test(asOf)) throw new Error(`Malformed date ${JSON.stringify(asOf)}: expected "YYYY-MM-DD"`);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return asOf >= `${month}-${String(lastDay).padStart(2, "0")}`;
}
