import type {Lang} from "../format/lang.ts";
import type {PlanTarget} from "../plan/planTypes.ts";
import type {TargetsByUnitRow} from "../plan/targetsByUnit.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** Each unit × target × quarter as a CSV: met, not met, incomplete or not reported, with the measures' counts. */
export function planUnitTargetCsv(byUnit: readonly TargetsByUnitRow[], targets: readonly PlanTarget[], unitName: (id: string) => string, lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const title = new Map(targets.map((x) => [x.id, `${x.id}. ${inLanguage(x, "title", lang)}`]));
  const keys = ["unit", "unitId", "target", "quarter", "result", "measures"] as const;
  return {
    columns: keys.map((key) => ({header: t.csv[key], key})),
    rows: byUnit.flatMap((r) =>
      r.targets.flatMap((x) =>
        x.quarters.map((q) => ({
          unit: unitName(r.unitId),
          unitId: r.unitId,
          target: title.get(x.target) ?? x.target,
          quarter: q.quarter,
          result: t.targetState[q.state] ?? t.targetState["n/a"]!,
          measures: q.measures.map((m) => `${m.measure}: ${m.numerator}/${m.denominator}`).join("; ")
        }))
      )
    )
  };
}
