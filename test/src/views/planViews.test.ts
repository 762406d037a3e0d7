import {describe, expect, it} from "vitest";
import type {DutyMatrixRow} from "../../../src/plan/dutyMatrix.ts";
import type {MonthlyActivity} from "../../../src/plan/monthlyActivity.ts";
import type {PlanTaskRow} from "../../../src/plan/planTaskTable.ts";
import type {PlanTarget} from "../../../src/plan/planTypes.ts";
import type {TargetQuarter} from "../../../src/plan/targetSeries.ts";
import {planActivityCsv} from "../../../src/views/planActivityCsv.ts";
import {planSummary} from "../../../src/views/planSummary.ts";
import {planTargetCsv} from "../../../src/views/planTargetCsv.ts";

const TARGETS = [{id: "2.1", titleVi: "Tin bài trên cổng", titleEn: "Portal articles"}] as unknown as PlanTarget[];
const SERIES: TargetQuarter[] = [
  {target: "2.1", quarter: "2024-Q1", measured: 3, meeting: 2, share: 2 / 3, gap: 1 / 3, missing: ["c"]},
  {target: "2.1", quarter: "2024-Q2", measured: 3, meeting: 3, share: 1, gap: 0, missing: []}
];
const ACTIVITY: MonthlyActivity = {
  rows: [{month: "2024-01", productType: "article", count: 4}],
  totals: [
    {month: "2024-01", count: 4},
    {month: "2024-02", count: null}
  ]
} as unknown as MonthlyActivity;
const name = (id: string): string => `Xã ${id.toUpperCase()}`;

describe("plan views", () => {
  it("planTargetCsv: headers in the page's language, units meeting over units measured, shares as shown with (%)", () => {
    const csv = planTargetCsv(SERIES, TARGETS, name, "vi");
    expect(csv.columns.map((c) => c.header)).toContain("Tỷ lệ đạt (%)");
    expect(csv.rows[0]).toEqual({target: "2.1. Tin bài trên cổng", quarter: "2024-Q1", meeting: 2, measured: 3, share: 66.7, gap: 33.3, notReported: "Xã C"});
    expect(planTargetCsv(SERIES, TARGETS, name, "en").columns[0]?.header).toBe("Target");
  });

  it("planActivityCsv: a month no report covers has no count (missing), never 0", () => {
    const csv = planActivityCsv(ACTIVITY, "vi");
    expect(csv.rows.find((r) => r.month === "2024-02")).toEqual({month: "2024-02", type: "(chưa có báo cáo)", count: null});
    expect(csv.rows.find((r) => r.month === "2024-01")?.count).toBe(4);
  });

  it("planSummary: tasks by progress, communes behind in Vietnamese order, targets met against the plan's 100% in the latest quarter", () => {
    const tasks = [{status: "done"}, {status: "behind"}, {status: "behind"}] as unknown as PlanTaskRow[];
    const matrix = [
      {unitId: "b", cells: [{status: "behind"}]},
      {unitId: "a", cells: [{status: "not-started"}]},
      {unitId: "d", cells: [{status: "done"}]}
    ] as unknown as DutyMatrixRow[];
    const summary = planSummary(tasks, matrix, SERIES, 5, ACTIVITY, name, "vi");
    expect(summary.statusCounts).toEqual([
      {status: "done", n: 1},
      {status: "on-track", n: 0},
      {status: "behind", n: 2},
      {status: "not-started", n: 0}
    ]);
    expect(summary.laggingLabel).toBe("Xã chậm ở nhiệm vụ thường kỳ (2/3)");
    expect(summary.lagging).toBe("Xã A, Xã B");
    expect(summary.targets).toBe("Quý 2/2024: 1/5 chỉ tiêu có mọi đơn vị báo cáo đạt 100% (mục tiêu của kế hoạch).");
    expect(summary.activity).toBe("4 hoạt động được báo cáo trong 1 tháng có báo cáo; nhiều nhất T1/2024.");
    expect(planSummary([], [], [], 5, {rows: [], totals: []}, name, "en").targets).toBe("No target quarter yet.");
  });
});
