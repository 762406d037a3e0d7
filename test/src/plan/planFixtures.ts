// Literal building blocks for the src/plan tests: communes, duties, tasks, activities, targets
// and their measurements.
import type {Unit} from "../../../src/model/unit.ts";
import type {PlanActivity, PlanDuty, PlanMeasurement, PlanTarget, PlanTask, ProductType, Schedule} from "../../../src/plan/planTypes.ts";

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

/** A yes/no target measured per commune (target 3 of the 2024 plan). */
export const POST_OFFICE: PlanTarget = {
  id: "3",
  titleVi: "Bưu điện",
  titleEn: "Post office",
  textVi: "100% điểm Bưu điện văn hóa cấp xã có tài liệu",
  measures: [{id: "3", nameVi: "Có tài liệu", nameEn: "Has materials", kind: "yes-no", scope: ["commune"]}]
};

/** A share target measured for the district (target 5). */
export const ADVICE: PlanTarget = {
  id: "5",
  titleVi: "Tư vấn doanh nghiệp",
  titleEn: "Advice",
  textVi: "100% doanh nghiệp được tư vấn",
  measures: [{id: "5", nameVi: "Được tư vấn", nameEn: "Advised", kind: "share", scope: ["district"]}]
};

/** The district "D" above the communes. */
export const DISTRICT: Unit = {...commune("D"), level: "district", name: "Huyện D", parentId: null};

/** One unit's measurement of a target measure in a quarter. */
export function measured(unitId: string, measure: string, quarter: string, numerator: number, denominator = 1): PlanMeasurement {
  return {unitId, measure, quarter, numerator, denominator};
}
