// A year's communication plan (kế hoạch tuyên truyền) as data: read from data/plan/<year>/ by
// loaders/plan/loadPlan.ts, validated there, and handed to the pure functions in src/plan/.

/** What an activity produced (loại sản phẩm); see PRODUCT_TYPES for names and accepted spellings. */
export type ProductType =
  | "article"
  | "broadcast"
  | "leaflet"
  | "conference"
  | "contest"
  | "dialogue"
  | "programme"
  | "good-example"
  | "document"
  | "video";

/** A calendar period a schedule repeats over. */
export type SchedulePer = "month" | "quarter" | "year";

/**
 * When a duty is due (thời gian thực hiện), machine-readable. Months are "YYYY-MM"; a window
 * period is "YYYY", "YYYY-Qn" or "YYYY-MM". `each: "commune"` makes the duty owed by every
 * commune separately (a commune owes a period when it existed during any month of it).
 *
 * - continuous: at least one activity in every month from `from` to `to` ("Thường xuyên").
 * - within: at least `count` (default 1) activities inside the window ("Quý III/2024").
 * - atLeast: at least `count` activities in each `per` period of the plan ("Tối thiểu 01 lần/năm").
 * - count: `count` activities over the plan year, expected pro rata by `perPeriod` ("48 số (04 số/tháng)").
 * - recurring: like atLeast, always per commune ("01 lần/quý" for each commune).
 */
export type Schedule =
  | {readonly type: "continuous"; readonly from: string; readonly to: string; readonly each?: "commune"}
  | {readonly type: "within"; readonly period: string; readonly count?: number; readonly each?: "commune"}
  | {readonly type: "atLeast"; readonly count: number; readonly per: SchedulePer; readonly each?: "commune"}
  | {
      readonly type: "count";
      readonly count: number;
      readonly per: "year";
      readonly perPeriod?: {readonly count: number; readonly per: "month" | "quarter"};
      readonly each?: "commune";
    }
  | {readonly type: "recurring"; readonly count: number; readonly per: SchedulePer; readonly each: "commune"};

/**
 * A body named in the plan (cơ quan). An "agency" reports its own activities; a "group" stands
 * for several ("UBND các xã, thị trấn", "Các phòng, ban, ngành") and is never named in a report:
 * its members are, i.e. every commune of the plan (`communes`) and/or the listed agencies.
 */
export interface PlanAgency {
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Other spellings found in the plan or in reports ("Phòng VH TT", "Trung tâm HCC"). */
  readonly aliases: readonly string[];
  readonly kind: "agency" | "group";
  readonly members: {readonly communes: boolean; readonly agencies: readonly string[]} | null;
  /** Its part in section IV (Tổ chức thực hiện), in the plan's words, or null. */
  readonly roleVi: string | null;
}

/** One schedule of a task item, with the product types that count towards it. */
export interface PlanDuty {
  /** Unique within the plan: the item id ("13"), or the item id and a suffix ("14.2-neu-guong"). */
  readonly id: string;
  /** The task item it belongs to ("14.2"). */
  readonly item: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly schedule: Schedule;
  /** Product types counted towards the schedule; null: any product type of the item. */
  readonly counts: readonly ProductType[] | null;
  /** The plan's range, copied from the plan so a duty can be evaluated on its own. */
  readonly from: string;
  readonly to: string;
}

/** A row of the appendix (or one of its sub-rows, for tasks 2 and 14). */
export interface PlanTaskItem {
  /** "7" for a task without sub-items; "2.1", "2.2" for sub-items. Reports name this id. */
  readonly id: string;
  readonly task: number;
  /** SẢN PHẨM, one entry per bullet, as written. */
  readonly productsVi: readonly string[];
  /** The product types reports may give for this item. */
  readonly productTypes: readonly ProductType[];
  /** Agency ids of CƠ QUAN CHỦ TRÌ, and the cell as written. */
  readonly lead: readonly string[];
  readonly leadVi: string;
  /** Agency ids of CƠ QUAN PHỐI HỢP, and the cell as written (null when blank). */
  readonly coordinating: readonly string[];
  readonly coordinatingVi: string | null;
  /** THỜI GIAN THỰC HIỆN as written. */
  readonly scheduleVi: string;
  /** GHI CHÚ (funding) as written, or null when blank. */
  readonly fundingVi: string | null;
  readonly duties: readonly PlanDuty[];
}

export interface PlanTask {
  readonly number: number;
  /** A short title for tables and charts (not the plan's wording: see textVi). */
  readonly titleVi: string;
  readonly titleEn: string;
  /** NHIỆM VỤ in the plan's own words. */
  readonly textVi: string;
  readonly items: readonly PlanTaskItem[];
}

/** One measurable part of a target, measured per unit and quarter. */
export interface TargetMeasure {
  /** "1", "2.1": measurement files name this id. */
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** yes-no: has it or not (1/0); share: how many of how many (e.g. procedures listed / required). */
  readonly kind: "yes-no" | "share";
  /** Which units are measured: communes, and/or the district itself. */
  readonly scope: readonly ("commune" | "district")[];
}

/** A quantitative target (chỉ tiêu cụ thể), met by a unit when every applicable measure is at 100%. */
export interface PlanTarget {
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /** The bullet of section I.3 in the plan's words (the part this target covers). */
  readonly textVi: string;
  readonly measures: readonly TargetMeasure[];
}

/** A peak period the plan calls out (cao điểm), marked on timelines. */
export interface PlanPeak {
  readonly period: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The task item it belongs to. */
  readonly item: string;
}

export interface Plan {
  /** "2024": also the folder name under data/plan/. */
  readonly year: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly issuerVi: string;
  readonly issuedVi: string;
  /** GSO id of the district whose communes owe per-commune duties (and its successors). */
  readonly districtId: string;
  /** First and last month the plan covers. */
  readonly from: string;
  readonly to: string;
  readonly peaks: readonly PlanPeak[];
  /** Targets of section I.3 without a number (kept for completeness, not measured). */
  readonly otherTargetsVi: readonly string[];
  readonly agencies: readonly PlanAgency[];
  readonly tasks: readonly PlanTask[];
  readonly targets: readonly PlanTarget[];
}

/** One reported activity total: what a unit or agency delivered for a task item in a month. */
export interface PlanActivity {
  /** A commune's unit id, or a plan agency id. */
  readonly unitId: string;
  /** Task item id ("13", "14.2"). */
  readonly item: string;
  readonly productType: ProductType;
  /** "YYYY-MM". */
  readonly month: string;
  readonly count: number;
}

/** One measurement of a target measure for a unit in a quarter. */
export interface PlanMeasurement {
  readonly unitId: string;
  /** Target measure id ("2.1"). */
  readonly measure: string;
  /** "YYYY-Qn". */
  readonly quarter: string;
  /** yes-no: 1 or 0 of 1; share: e.g. 95 of 98. */
  readonly numerator: number;
  readonly denominator: number;
}

export type ProgressStatus = "done" | "on-track" | "behind" | "not-started";
