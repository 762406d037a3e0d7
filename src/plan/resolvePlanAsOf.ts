import {planAsOf} from "./planAsOf.ts";
import type {Plan} from "./planTypes.ts";

/**
 * The "as of" date a page shows for `plan`: `requested` (from the URL, "YYYY-MM-DD") when it is
 * a real calendar day inside the plan's months, else the default (planAsOf: today, or the
 * plan's last day for a past plan). A date outside the plan falls back to the default rather
 * than being clamped, so a link made for another year's plan never shows a misleading day.
 */
export function resolvePlanAsOf(plan: Pick<Plan, "from" | "to">, requested: string | null | undefined, today: string): string {
  const fallback = planAsOf(plan, today);
  if (typeof requested !== "string") return fallback;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(requested.trim());
  if (m === null) return fallback;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2024-02-30 would roll over to March: not a real day
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fallback;
  const text = `${m[1]}-${m[2]}-${m[3]}`;
  const month7 = text.slice(0, 7);
  return month7 >= plan.from && month7 <= plan.to ? text : fallback;
}
