import type {Lang} from "./lang.ts";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * Formats an ISO date ("2024-09-30") for display: "30/9/2024" (vi, as Vietnamese documents
 * write dates: ngày/tháng/năm) or "30 Sep 2024" (en). Throws on anything else, since a wrong
 * "as of" date on a page is worse than a loud error.
 */
export function formatDate(date: string, lang: Lang = "vi"): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(date);
  if (m === null) throw new Error(`Malformed date ${JSON.stringify(date)}: expected "YYYY-MM-DD"`);
  const day = Number(m[3]);
  const month = Number(m[2]);
  return lang === "vi" ? `${day}/${month}/${m[1]}` : `${day} ${EN_MONTHS[month - 1]} ${m[1]}`;
}
