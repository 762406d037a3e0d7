import type {Plan} from "./planTypes.ts";

/**
 * The default "as of" date for a plan's page: `today` ("YYYY-MM-DD") while the plan runs, its
 * last day once it is over (a past plan is shown complete), its first day before it starts.
 */
export function planAsOf(plan: Pick<Plan, "from" | "to">, today: string): string {
  const last = new Date(Date.UTC(Number(plan.to.slice(0, 4)), Number(plan.to.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const first = `${plan.from}-01`;
  return today > last ? last : today < first ? first : today;
}
