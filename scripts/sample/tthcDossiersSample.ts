import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {generateDossierSample} from "../../src/sample/generateDossierSample.ts";
import type {SampleReport} from "../../src/sample/generateTthcSample.ts";
import type {TthcCounts} from "../../src/tthc/tthcCounts.ts";
import type {SampleWriter} from "./sampleWriter.ts";
import {LAST_REPORT_MONTH, sampleTthcReports} from "./tthcReportsSample.ts";
import {writeDossierCsv, writeDossierWorkbook} from "./writeDossierExport.ts";

/** The month written as .xlsx (the others as .csv), so the sample exercises both readers. */
const WORKBOOK_MONTH = "2026-10";

/**
 * A month's export holds only dossiers received that month, so it cannot show more resolved
 * than received; the report generator allows a little more (dossiers carried over). Those
 * months' on-time counts are trimmed to fit, and the export then aggregates back to exactly
 * the trimmed counts.
 */
export function exportableCounts(c: TthcCounts): TthcCounts {
  const resolvedLate = Math.min(c.resolvedLate, c.receivedTotal);
  const resolvedOnTime = Math.min(c.resolvedOnTime, c.receivedTotal - resolvedLate);
  return {...c, resolvedLate, resolvedOnTime, returnedPostal: Math.min(c.returnedPostal, resolvedOnTime + resolvedLate)};
}

/** The sample months after LAST_REPORT_MONTH, with counts an export can hold. */
export function dossierSampleReports(reports: readonly SampleReport[]): SampleReport[] {
  return reports
    .filter((r) => r.month > LAST_REPORT_MONTH)
    .map((r) => ({month: r.month, rows: r.rows.map((row) => ({...row, counts: exportableCounts(row.counts)}))}));
}

/**
 * Sample dossier-level exports from the one-stop system for the months after the report
 * workbooks, one file per month. Marked as sample twice: "du-lieu-mau" in the file name, for
 * people, and "DỮ LIỆU MẪU" in the "Ghi chú" column of every row, which the loader reads.
 */
export const tthcDossiersSample: SampleWriter = {
  dataset: "tthc",
  async write({root, folder, seed, reference}) {
    const reports = dossierSampleReports(await sampleTthcReports({root, seed, reference}));
    await mkdir(folder, {recursive: true});
    for (const report of reports) {
      const rows = generateDossierSample(report, seed);
      const name = `ho-so-mot-cua-${report.month}.du-lieu-mau`;
      if (report.month === WORKBOOK_MONTH) await writeDossierWorkbook(join(folder, `${name}.xlsx`), report.month, rows);
      else await writeDossierCsv(join(folder, `${name}.csv`), rows);
    }
    return reports.length;
  }
};
