import type {Lang} from "../format/lang.ts";
import type {DutyMatrixRow} from "../plan/dutyMatrix.ts";
import type {PlanDuty} from "../plan/planTypes.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** The communes × recurring duties matrix as a CSV: progress, periods met and due, and the past periods missed. */
export function planMatrixCsv(matrix: readonly DutyMatrixRow[], duties: readonly PlanDuty[], unitName: (id: string) => string, lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const byId = new Map(duties.map((d) => [d.id, d]));
  return {
    columns: [
      {header: t.csv.commune, key: "unit"},
      {header: t.csv.unitId, key: "unitId"},
      {header: t.csv.duty, key: "duty"},
      {header: t.csv.progress, key: "status"},
      {header: t.csv.periodsMet, key: "done"},
      {header: t.csv.periodsDue, key: "due"},
      {header: t.csv.missed, key: "missed"}
    ],
    rows: matrix.flatMap((r) =>
      r.cells.map((c) => {
        const duty = byId.get(c.dutyId);
        return {
          unit: unitName(r.unitId),
          unitId: r.unitId,
          duty: duty === undefined ? c.dutyId : `${duty.item} ${inLanguage(duty, "name", lang)}`,
          status: t.progress[c.status ?? "none"] ?? t.progress.none!,
          done: c.evidence?.done ?? null,
          due: c.evidence?.due ?? null,
          missed: c.slots.filter((s) => s.ended && !s.met).map((s) => s.period).join(" ")
        };
      })
    )
  };
}
