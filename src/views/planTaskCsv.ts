import type {Lang} from "../format/lang.ts";
import type {PlanTaskRow} from "../plan/planTaskTable.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** The key tasks as a CSV: one row per duty, with its task, lead agencies, progress and evidence (what was done, what is due). */
export function planTaskCsv(tasks: readonly PlanTaskRow[], agencyName: (id: string) => string, lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const keys = ["task", "title", "item", "duty", "lead", "taskStatus", "status", "late", "done", "due", "expectedByNow", "counts", "communesOnSchedule"] as const;
  return {
    columns: keys.map((key) => ({header: t.csv[key], key})),
    rows: tasks.flatMap((r) =>
      r.duties.map((d) => ({
        task: r.task,
        title: inLanguage(r, "title", lang),
        item: d.item,
        duty: inLanguage(d, "name", lang),
        lead: r.leads.map(agencyName).join("; "),
        taskStatus: t.progress[r.status] ?? t.progress.none!,
        status: t.progress[d.status] ?? t.progress.none!,
        late: d.late,
        done: d.evidence.done,
        due: d.evidence.due,
        expectedByNow: d.evidence.expectedByNow,
        counts: d.perCommune ? t.csv.perCommune(String(d.of)) : String(d.of),
        communesOnSchedule: d.communes === null ? null : `${d.communes.onSchedule}/${d.communes.owing}`
      }))
    )
  };
}
