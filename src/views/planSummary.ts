import {compareUnitNames} from "../model/compareUnitNames.ts";
import {formatNumber} from "../format/formatNumber.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import type {DutyMatrixRow} from "../plan/dutyMatrix.ts";
import type {MonthlyActivity} from "../plan/monthlyActivity.ts";
import type {PlanTaskRow} from "../plan/planTaskTable.ts";
import type {ProgressStatus} from "../plan/planTypes.ts";
import type {TargetQuarter} from "../plan/targetSeries.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

export interface PlanSummary {
  /** Key tasks by progress, in the order done, on track, behind, not started. */
  readonly statusCounts: readonly {readonly status: ProgressStatus; readonly n: number}[];
  readonly keyTasks: string;
  /** "Xã chậm ở nhiệm vụ thường kỳ (3/12)" and the communes, or "không có". */
  readonly laggingLabel: string;
  readonly lagging: string;
  /** The sentence on the plan's five 100% targets in the latest quarter (sourced: plan section I.3). */
  readonly targets: string;
  /** One sentence under the activity chart: the total and the busiest month. */
  readonly activity: string;
}

const ORDER: readonly ProgressStatus[] = ["done", "on-track", "behind", "not-started"];

/**
 * The plan at a glance, as of the chosen day: key tasks by progress, the communes behind on a
 * recurring duty, how many of the plan's targets every reporting unit met at 100% in the latest
 * quarter (the plan's own target, so "met" is against a sourced figure), and the activity total.
 */
export function planSummary(
  tasks: readonly PlanTaskRow[],
  matrix: readonly DutyMatrixRow[],
  series: readonly TargetQuarter[],
  targetCount: number,
  activity: Readonly<MonthlyActivity>,
  unitName: (id: string) => string,
  lang: Lang
): PlanSummary {
  const t = catalogue(lang).plan;
  const n = (x: number): string => formatNumber(x, {lang});
  const lagging = matrix
    .filter((r) => r.cells.some((c) => c.status === "behind" || c.status === "not-started"))
    .map((r) => unitName(r.unitId))
    .sort(compareUnitNames);
  const lastQuarter = [...new Set(series.map((d) => d.quarter))].sort().at(-1) ?? null;
  const full = series.filter((d) => d.quarter === lastQuarter && d.share === 1).length;
  const reported = activity.totals.filter((m) => m.count !== null);
  const busiest = [...reported].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0];
  return {
    statusCounts: ORDER.map((status) => ({status, n: tasks.filter((r) => r.status === status).length})),
    keyTasks: t.keyTasks(n(tasks.length)),
    laggingLabel: t.lagging(n(lagging.length), n(matrix.length)),
    lagging: lagging.length ? lagging.join(", ") : t.none,
    targets: lastQuarter === null ? t.noTargetQuarter : t.targetsSummary(formatPeriod(lastQuarter, lang), n(full), n(targetCount)),
    activity: t.activitySummary(n(reported.reduce((s, m) => s + (m.count ?? 0), 0)), n(reported.length), busiest ? formatPeriod(busiest.month, lang) : "")
  };
}
