import type {Plan} from "./planTypes.ts";

/**
 * The plan a page opens on: the one running on `today` ("YYYY-MM-DD"); else the latest one
 * already over (last year's plan, complete); else the earliest (all still to come). null when
 * there is no plan.
 */
export function defaultPlanYear(plans: readonly Pick<Plan, "year" | "from" | "to">[], today: string): string | null {
  const month = today.slice(0, 7);
  const sorted = [...plans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const running = sorted.find((p) => p.from <= month && month <= p.to);
  if (running !== undefined) return running.year;
  const past = sorted.filter((p) => p.to < month);
  return past[past.length - 1]?.year ?? sorted[0]?.year ?? null;
}
