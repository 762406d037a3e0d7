import {dsvFormat} from "d3-dsv";
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {utils, write} from "@e965/xlsx";
import {loadPlans} from "../../loaders/plan/loadPlan.ts";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import {monthsBetween} from "../../src/period/monthsBetween.ts";
import {periodOf} from "../../src/period/periodOf.ts";
import {periodsBetween} from "../../src/period/periodsBetween.ts";
import {planCommunes} from "../../src/plan/planCommunes.ts";
import {ACTIVITY_COLUMNS, ACTIVITY_REPORT_TITLE, MEASUREMENT_COLUMNS, MEASUREMENT_REPORT_TITLE} from "../../src/plan/planReportLayout.ts";
import {generatePlanSample} from "../../src/sample/generatePlanSample.ts";
import {SAMPLE_MARKER} from "../../src/tthc/reportLayout.ts";
import type {SampleWriter} from "./sampleWriter.ts";

const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

function titleLines(issuer: string, title: string, quarter: string): string[][] {
  return [[issuer.toUpperCase()], [title], [`Quý ${quarter.slice(-1)}/${quarter.slice(0, 4)}`], [SAMPLE_MARKER], []];
}

/**
 * Sample reports for every plan in data/plan/: activities as one .xlsx per quarter (as the
 * culture office compiles them) and target measurements as one semicolon CSV per quarter,
 * each marked DỮ LIỆU MẪU in its title lines so the loader flags them sample.
 */
export const planSample: SampleWriter = {
  dataset: "plan",
  async write({root, folder, seed, reference}) {
    await mkdir(folder, {recursive: true});
    let files = 0;
    for (const plan of await loadPlans(root)) {
      const months = monthsBetween(plan.from, plan.to);
      const communes = planCommunes(plan.districtId, reference.units, reference.lineage).filter((u) => months.every((m) => isUnitActive(u, m)));
      const district = reference.units.find((u) => u.id === plan.districtId) ?? null;
      const sample = generatePlanSample({
        seed: seed + Number(plan.year),
        plan,
        communes: communes.map((u) => ({id: u.id, name: u.name})),
        district: district === null ? null : {id: district.id, name: district.name}
      });
      for (const quarter of periodsBetween(plan.from, plan.to, "quarter")) {
        const rows = sample.activities.filter((a) => periodOf(a.date.slice(0, 7), "quarter") === quarter);
        if (rows.length > 0) {
          const grid: (string | number)[][] = [
            ...titleLines(plan.issuerVi, ACTIVITY_REPORT_TITLE, quarter),
            ACTIVITY_COLUMNS.map((c) => c.header),
            ...rows.map((a, i) => [i + 1, `${a.date.slice(8, 10)}/${a.date.slice(5, 7)}/${a.date.slice(0, 4)}`, a.unitName, a.task, a.productLabel, a.count, a.note])
          ];
          const sheet = utils.aoa_to_sheet(grid);
          sheet["!merges"] = [0, 1, 2, 3].map((r) => ({s: {r, c: 0}, e: {r, c: ACTIVITY_COLUMNS.length - 1}}));
          const workbook = utils.book_new();
          utils.book_append_sheet(workbook, sheet, "HoatDong");
          workbook.Props = {Title: ACTIVITY_REPORT_TITLE, CreatedDate: FIXED_DATE, ModifiedDate: FIXED_DATE};
          await writeFile(join(folder, `hoat-dong-tuyen-truyen-${quarter}.xlsx`), write(workbook, {type: "buffer", bookType: "xlsx", compression: true}) as Buffer);
          files++;
        }
        const measured = sample.measurements.filter((m) => m.quarter === quarter);
        if (measured.length > 0) {
          const grid: string[][] = [
            ...titleLines(plan.issuerVi, MEASUREMENT_REPORT_TITLE, quarter),
            MEASUREMENT_COLUMNS.map((c) => c.header),
            ...measured.map((m, i) => [String(i + 1), `Quý ${quarter.slice(-1)}/${quarter.slice(0, 4)}`, m.unitName, m.measure, m.result, m.total === null ? "" : String(m.total), ""])
          ];
          await writeFile(join(folder, `chi-tieu-tuyen-truyen-${quarter}.csv`), "\uFEFF" + dsvFormat(";").formatRows(grid) + "\r\n", "utf-8");
          files++;
        }
      }
    }
    return files;
  }
};
