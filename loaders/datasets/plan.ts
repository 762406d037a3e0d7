import {isUnitActiveBetween} from "../../src/model/isUnitActiveBetween.ts";
import {periodRange} from "../../src/period/periodRange.ts";
import {planCommunes} from "../../src/plan/planCommunes.ts";
import {PLAN_TARGET_INDICATOR} from "../../src/plan/planIndicators.ts";
import type {Dataset} from "../sources/source.ts";

/**
 * The communication plan's reported activities (per unit or agency, task item, product type
 * and month) and target measurements (per unit, measure and quarter). The plan itself is
 * docs/data/plans.json. An activity or measurement in two files is an error, never summed.
 */
export const planDataset: Dataset = {
  id: "plan",
  titleVi: "Thực hiện kế hoạch tuyên truyền CCHC, PCI, DDCI",
  titleEn: "Communication plan: activities and targets",
  duplicates: "error",
  /** Communes with no target measurement at all in a quarter that others reported. */
  missing(observations, reference) {
    const measured = observations.filter((o) => o.indicator === PLAN_TARGET_INDICATOR && o.grain === "quarter");
    const seen = new Set(measured.map((o) => `${o.unitId}|${o.period}`));
    const quarters = [...new Set(measured.map((o) => o.period))].sort();
    // the plan is the area's district's (data/plan/<year>/plan.json names it too)
    const communes = reference.area === null ? [] : planCommunes(reference.area.district, reference.units, reference.lineage);
    return quarters.flatMap((quarter) => {
      const {first, last} = periodRange(quarter);
      return communes
        .filter((u) => isUnitActiveBetween(u, first, last) && !seen.has(`${u.id}|${quarter}`))
        .map((u) => ({unitId: u.id, period: quarter}));
    });
  }
};
