import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {z} from "zod";
import {readCsvRecords} from "../../loaders/io/readCsvFile.ts";
import {tthcUnits} from "../../loaders/tthc/tthcUnits.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {generateTthcSample, type SampleReport, type SampleUnit} from "../../src/sample/generateTthcSample.ts";
import type {SampleContext, SampleWriter} from "./sampleWriter.ts";
import {writeReportCsv, writeReportWorkbook} from "./writeTthcReport.ts";

export const SAMPLE_FROM = "2021-01";
export const SAMPLE_TO = "2026-10";
export const DEFAULT_SEED = 20240201;

const profileRow = z.object({
  unit_id: z.string().min(1, "a unit id"),
  monthly_dossiers: z.string().regex(/^\d+$/, "a whole number of dossiers a month").transform(Number),
  lag_months: z.string().regex(/^\d+$/, "a whole number of months").transform(Number),
  gap_months: z.string().regex(/^(\d{4}-\d{2}(;\d{4}-\d{2})*)?$/, "months such as 2023-08, separated by ;"),
  note: z.string()
});

/** Settings for an area commune without a row in sample-profile.csv (another area's communes). */
const DEFAULT_PROFILE = {monthly_dossiers: 60, lag_months: 6, gap_months: ""} as const;

function lastMonth(date: string | null): string {
  return date === null ? SAMPLE_TO : date.slice(0, 7);
}

/**
 * The last month sent as a report workbook; later months come as dossier-level exports from
 * the one-stop system (scripts/sample/tthcDossiersSample.ts), so the sample shows both formats.
 */
export const LAST_REPORT_MONTH = "2026-06";

/** The generated monthly figures for every sample month (SAMPLE_FROM..SAMPLE_TO), per unit. */
export async function sampleTthcReports({root, seed, reference}: Pick<SampleContext, "root" | "seed" | "reference">): Promise<SampleReport[]> {
  const {units} = reference;
  const profilePath = join(root, "data", "reference", "sample-profile.csv");
  const {header, records} = await readCsvRecords(profilePath);
  const missing = Object.keys(profileRow.shape).filter((k) => !header.includes(k));
  if (missing.length > 0) throw new DataError({file: profilePath, row: 1, expected: `columns ${missing.join(", ")}`});
  // The area's communes (area.json, and all they became): a profile row where there is one, in
  // the profile's order (the seeded figures stay as they were), then the others with DEFAULT_PROFILE.
  const area = tthcUnits(reference).filter((u) => u.validTo === null || u.validTo >= `${SAMPLE_FROM}-01`);
  const profiles = new Map<string, z.infer<typeof profileRow>>();
  for (const {row, values} of records) {
    const parsed = profileRow.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? "");
      throw new DataError({file: profilePath, row, column, value: values[column] ?? "", expected: issue.message});
    }
    const unit = units.find((u) => u.id === parsed.data.unit_id);
    if (unit === undefined || unit.level !== "commune") {
      throw new DataError({file: profilePath, row, column: "unit_id", value: parsed.data.unit_id, expected: "the id of a commune in data/reference/units.csv"});
    }
    profiles.set(unit.id, parsed.data);
  }
  const ordered = [...[...profiles.keys()].flatMap((id) => area.filter((u) => u.id === id)), ...area.filter((u) => !profiles.has(u.id))];
  const sampleUnits: SampleUnit[] = [];
  const gaps: {unitId: string; month: string}[] = [];
  for (const unit of ordered) {
    const p = profiles.get(unit.id) ?? DEFAULT_PROFILE;
    sampleUnits.push({
      id: unit.id,
      name: unit.name,
      firstMonth: unit.validFrom === null || unit.validFrom < `${SAMPLE_FROM}-01` ? SAMPLE_FROM : unit.validFrom.slice(0, 7),
      lastMonth: lastMonth(unit.validTo),
      monthlyDossiers: p.monthly_dossiers,
      lagMonths: p.lag_months
    });
    for (const month of p.gap_months.split(";").filter(Boolean)) gaps.push({unitId: unit.id, month});
  }
  return generateTthcSample({seed, from: SAMPLE_FROM, to: SAMPLE_TO, units: sampleUnits, gaps});
}

/** Sample monthly TTHC reports up to LAST_REPORT_MONTH: CSV for 2021 (as older tools exported), .xlsx after. */
export const tthcReportsSample: SampleWriter = {
  dataset: "tthc",
  async write({root, folder, seed, reference}) {
    const reports = (await sampleTthcReports({root, seed, reference})).filter((r) => r.month <= LAST_REPORT_MONTH);
    await mkdir(folder, {recursive: true});
    for (const report of reports) {
      const name = `bao-cao-tthc-${report.month}`;
      if (report.month < "2022-01") await writeReportCsv(join(folder, `${name}.csv`), report);
      else await writeReportWorkbook(join(folder, `${name}.xlsx`), report);
    }
    return reports.length;
  }
};

