import type {Lang} from "./lang.ts";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * Formats a period id for display: "2024-10" → "T10/2024" / "Oct 2024" ("2024-01" → "T1/2024"); "2024-Q3" → "Quý 3/2024" /
 * "Q3 2024"; "2024-H1" → "6 tháng đầu năm 2024" / "H1 2024"; "2024" → "Năm 2024" / "2024".
 * Throws on anything else, since a wrong label on a chart is worse than a loud error.
 */
export function formatPeriod(period: string, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period))) {
    const month = Number(m[2]);
    return vi ? `T${month}/${m[1]}` : `${EN_MONTHS[month - 1]} ${m[1]}`;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) return vi ? `Quý ${m[2]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(period))) {
    return vi ? `6 tháng ${m[2] === "1" ? "đầu" : "cuối"} năm ${m[1]}` : `H${m[2]} ${m[1]}`;
  }
  if (/^\d{4}$/.test(period)) return vi ? `Năm ${period}` : period;
  throw new Error(`Unknown period ${JSON.stringify(period)}: expected "YYYY-MM", "YYYY-Q1".."YYYY-Q4", "YYYY-H1", "YYYY-H2" or "YYYY"`);
}
