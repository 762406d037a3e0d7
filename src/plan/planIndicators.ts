import type {Indicator} from "../model/indicator.ts";
import {PRODUCT_TYPES} from "./productTypes.ts";

/** Indicator id of activities of one product type: "plan_activity_good_example". */
export function activityIndicatorId(productType: string): string {
  return `plan_activity_${productType.replace(/-/g, "_")}`;
}

/** Indicator id of target measurements; the measure ("2.1") is the observation's `item`. */
export const PLAN_TARGET_INDICATOR = "plan_target";

const PLAN_SOURCE = "Kế hoạch tuyên truyền CCHC, PCI, DDCI huyện Lộc Hà năm 2024, mục I.3";

/**
 * The communication plan's indicators: one count per product type (the task item is the
 * observation's `item`) and one share for target measurements (yes = 1 of 1, no = 0 of 1).
 */
export const PLAN_INDICATORS: readonly Indicator[] = [
  ...PRODUCT_TYPES.map(
    (t): Indicator => ({
      id: activityIndicatorId(t.id),
      family: "plan",
      nameVi: `Hoạt động tuyên truyền: ${t.nameVi.toLowerCase()}`,
      nameEn: `Communication activities: ${t.nameEn.toLowerCase()}`,
      unit: "count",
      better: "higher",
      definitionVi: `Số ${t.nameVi.toLowerCase()} đơn vị báo cáo đã thực hiện trong tháng cho một nhiệm vụ của kế hoạch (mã nhiệm vụ ở cột item).`,
      definitionEn: `${t.nameEn} items a unit reported for one task of the plan in the month (task number in the item column).`,
      target: null,
      targetSource: null
    })
  ),
  {
    id: PLAN_TARGET_INDICATOR,
    family: "plan",
    nameVi: "Kết quả chỉ tiêu tuyên truyền",
    nameEn: "Communication target measure",
    unit: "share",
    better: "higher",
    definitionVi: "Tỷ lệ đạt của một chỉ tiêu cụ thể (mã ở cột item) tại đơn vị trong quý: có = 1/1, không = 0/1, hoặc số đạt / tổng số.",
    definitionEn: "A target measure (id in the item column) for a unit in a quarter: yes = 1 of 1, no = 0 of 1, or met / total.",
    target: 1,
    targetSource: PLAN_SOURCE
  }
];
