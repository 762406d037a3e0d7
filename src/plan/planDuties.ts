import type {Plan, PlanDuty} from "./planTypes.ts";

/** Every duty of a plan in task order; with `perCommune`, only those each commune owes (the duty matrix's columns). */
export function planDuties(plan: Pick<Plan, "tasks">, options: {readonly perCommune?: boolean} = {}): PlanDuty[] {
  const duties = plan.tasks.flatMap((t) => t.items.flatMap((i) => i.duties));
  return options.perCommune === true ? duties.filter((d) => d.schedule.each === "commune") : duties;
}
