import {isUnitActive} from "../../src/model/isUnitActive.ts";
import {monthsBetween} from "../../src/period/monthsBetween.ts";
import type {Dataset} from "../sources/source.ts";
import {tthcUnits} from "../tthc/tthcUnits.ts";

/** Dossiers handled per commune and month: online, postal, on time (dịch vụ công, BCCI). */
export const tthcDataset: Dataset = {
  id: "tthc",
  titleVi: "Giải quyết thủ tục hành chính theo xã, theo tháng",
  titleEn: "Administrative procedures per commune and month",
  duplicates: "error",
  missing(observations, reference) {
    const seen = new Set(observations.filter((o) => o.grain === "month").map((o) => `${o.unitId}|${o.period}`));
    const months = [...new Set(observations.map((o) => o.period))].sort();
    if (months.length === 0) return [];
    const missing: {unitId: string; period: string}[] = [];
    const units = tthcUnits(reference);
    for (const month of monthsBetween(months[0]!, months[months.length - 1]!)) {
      for (const unit of units) {
        if (isUnitActive(unit, month) && !seen.has(`${unit.id}|${month}`)) missing.push({unitId: unit.id, period: month});
      }
    }
    return missing;
  }
};
