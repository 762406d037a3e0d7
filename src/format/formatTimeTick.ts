import type {Lang} from "./lang.ts";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A time-axis tick for a month, as the site writes periods: "T1/2026" (vi) or "Jan 2026" (en).
 * Plot's and d3's own time ticks are English ("Jan", "Apr"); pass this as `tickFormat` of an x
 * axis of dates. Dates are read in UTC, as the site stores months (2026-01 → 2026-01-01T00:00Z).
 * A tick that is not a valid date prints as "".
 */
export function formatTimeTick(date: Date | number, lang: Lang = "vi"): string {
  const d = typeof date === "number" ? new Date(date) : date;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return "";
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return lang === "en" ? `${EN_MONTHS[month]} ${year}` : `T${month + 1}/${year}`;
}
