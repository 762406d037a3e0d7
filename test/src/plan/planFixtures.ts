// Literal building blocks for the src/plan tests: communes, duties, tasks and activities.
import type {Unit} from "../../../src/model/unit.ts";
import type {PlanActivity, PlanDuty, PlanTask, ProductType, Schedule} from "../../../src/plan/planTypes.ts";

/** A commune; `to` is its last day (merged on the next), `from` its first. */
export function commune(id: string, from: string | null = null, to: string | null = null): Unit {
  return {id, gsoCode: null, name: `Xã ${id}`, type: "Xã", level: "commune", parentId: "d", validFrom: from, validTo: to, population2019: null, aliases: []};
}

export function duty(item: string, schedule: Schedule, options: {counts?: ProductType[]; from?: string; to?: string; id?: string} = {}): PlanDuty {
  return {
    id: options.id ?? item,
    item,
    nameVi: item,
    nameEn: item,
    schedule,
    counts: options.counts ?? null,
    from: options.from ?? "2024-01",
    to: options.to ?? "2024-12"
  };
}

export function task(number: number, duties: readonly PlanDuty[]): PlanTask {
  const ids = [...new Set(duties.map((d) => d.item))];
  return {
    number,
    titleVi: `Nhiệm vụ ${number}`,
    titleEn: `Task ${number}`,
    textVi: `Nhiệm vụ ${number}`,
    items: ids.map((id) => ({
      id,
      task: number,
      productsVi: ["x"],
      productTypes: ["article", "broadcast", "contest", "programme", "good-example", "dialogue"],
      lead: ["ag"],
      leadVi: "ag",
      coordinating: [],
      coordinatingVi: null,
      scheduleVi: "x",
      fundingVi: null,
      duties: duties.filter((d) => d.item === id)
    }))
  };
}

export function act(unitId: string, item: string, month: string, count = 1, productType: ProductType = "article"): PlanActivity {
  return {unitId, item, productType, month, count};
}

/** One activity a month for each month listed. */
export function monthly(unitId: string, item: string, months: readonly string[], count = 1, productType: ProductType = "article"): PlanActivity[] {
  return months.map((m) => act(unitId, item, m, count, productType));
}

export const CONTINUOUS: Schedule = {type: "continuous", from: "2024-01", to: "2024-12"};
