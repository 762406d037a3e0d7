import type {Lang} from "../format/lang.ts";
import type {MonthlyActivity} from "../plan/monthlyActivity.ts";
import {PRODUCT_TYPES} from "../plan/productTypes.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** Activities reported per month and product type as a CSV; a month no report covers is one row with no count (missing, not 0). */
export function planActivityCsv(activity: Readonly<MonthlyActivity>, lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const typeName = new Map(PRODUCT_TYPES.map((p) => [p.id, inLanguage(p, "name", lang)]));
  return {
    columns: [
      {header: t.csv.month, key: "month"},
      {header: t.csv.productType, key: "type"},
      {header: t.csv.count, key: "count"}
    ],
    rows: activity.totals.flatMap((m): {month: string; type: string; count: number | null}[] =>
      m.count === null
        ? [{month: m.month, type: t.noReportType, count: null}]
        : activity.rows.filter((r) => r.month === m.month).map((r) => ({month: r.month, type: typeName.get(r.productType) ?? r.productType, count: r.count}))
    )
  };
}
