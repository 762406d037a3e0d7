import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {loadReference, type Reference} from "../../../loaders/reference/loadReference.ts";
import {readDossierCounts, tthcDossiers} from "../../../loaders/sources/tthcDossiers.ts";
import {dossierSampleReports, exportableCounts} from "../../../scripts/sample/tthcDossiersSample.ts";
import {writeDossierCsv, writeDossierWorkbook} from "../../../scripts/sample/writeDossierExport.ts";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import {generateDossierSample} from "../../../src/sample/generateDossierSample.ts";
import {generateTthcSample, type SampleReport, type SampleUnit} from "../../../src/sample/generateTthcSample.ts";
import {DOSSIER_SAMPLE_MARKER} from "../../../src/tthc/dossierColumns.ts";
import {observationsFromCounts} from "../../../src/tthc/observationsFromCounts.ts";
import type {TthcCounts} from "../../../src/tthc/tthcCounts.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

// The five communes formed on 2025-07-01, as in data/reference/sample-profile.csv.
const UNITS: readonly SampleUnit[] = [
  {id: "xa-loc-ha-2025", name: "Xã Lộc Hà", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 300, lagMonths: 4},
  {id: "xa-mai-phu-2025", name: "Xã Mai Phụ", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 205, lagMonths: 7},
  {id: "xa-hong-loc-2025", name: "Xã Hồng Lộc", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 105, lagMonths: 6},
  {id: "xa-dong-kinh-2025", name: "Xã Đông Kinh", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 190, lagMonths: 9},
  {id: "phuong-tran-phu-2025", name: "Phường Trần Phú", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 260, lagMonths: 3}
];
const SEED = 20240201;

const reports = (seed: number): SampleReport[] =>
  dossierSampleReports(generateTthcSample({seed, from: "2021-01", to: "2026-10", units: UNITS, gaps: []}));

const small: SampleReport = {
  month: "2026-02",
  rows: [
    {
      unitId: "xa-loc-ha-2025",
      unitName: "Xã Lộc Hà",
      counts: {
        receivedTotal: 40,
        receivedOnline: 25,
        receivedFullyOnline: 10,
        receivedInPerson: 12,
        receivedPostal: 3,
        resolvedOnTime: 30,
        resolvedLate: 6,
        returnedPostal: 4,
        paidOnline: 27
      }
    }
  ]
};

describe("generateDossierSample", () => {
  test("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    expect(generateDossierSample(small, 7)).toEqual(generateDossierSample(small, 7));
    expect(generateDossierSample(small, 8)).not.toEqual(generateDossierSample(small, 7));
  });

  test("gives one row per dossier received, with unique codes and fake but well-formed personal data", () => {
    const rows = generateDossierSample(small, SEED);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.code)).size).toBe(40);
    for (const r of rows) {
      expect(r.idNumber).toMatch(/^042\d{9}$/);
      expect(r.phone).toMatch(/^09\d{8}$/);
      expect(r.applicantName.split(" ")).toHaveLength(3);
      expect(r.address).toMatch(/^(Thôn|Xóm) /);
      expect(r.note).toBe(DOSSIER_SAMPLE_MARKER);
      expect(r.received).toMatch(/^\d{2}\/02\/2026$/);
    }
    // listed by date received, as exports are
    const day = (d: string): number => Number(d.slice(0, 2));
    expect(rows.map((r) => day(r.received))).toEqual([...rows.map((r) => day(r.received))].sort((a, b) => a - b));
  });

  test("refuses counts no export of one month can hold", () => {
    const counts: TthcCounts = {...small.rows[0]!.counts, resolvedOnTime: 38};
    expect(() => generateDossierSample({...small, rows: [{...small.rows[0]!, counts}]}, SEED)).toThrow(/at most the total received/);
    expect(exportableCounts(counts)).toMatchObject({resolvedOnTime: 34, resolvedLate: 6});
  });

  describe("a sample export aggregates back to exactly the counts it was generated from", () => {
    let project: Awaited<ReturnType<typeof tempProject>>;
    let reference: Reference;
    beforeAll(async () => {
      project = await tempProject();
      reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    });
    afterAll(() => project.remove());

    test.each([
      ["CSV", ".csv"],
      ["xlsx", ".xlsx"]
    ])("%s, every sample month after the report workbooks", async (_, ext) => {
      for (const report of reports(SEED)) {
        const file = join(project.root, `ho-so-${report.month}.du-lieu-mau${ext}`);
        const rows = generateDossierSample(report, SEED);
        if (ext === ".csv") await writeDossierCsv(file, rows);
        else await writeDossierWorkbook(file, report.month, rows);
        const {counts, sample, dossiers} = await readDossierCounts(file, reference);
        expect(sample).toBe(true);
        expect(dossiers).toBe(report.rows.reduce((s, r) => s + r.counts.receivedTotal, 0));
        const expected = report.rows.map((r) => ({unitId: r.unitId, month: report.month, counts: r.counts})).sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
        expect(counts).toEqual(expected);
      }
    });

    test("and its observations are those of the counts, flagged as sample", async () => {
      const report = reports(SEED)[0]!;
      const file = join(project.root, "obs.du-lieu-mau.csv");
      await writeDossierCsv(file, generateDossierSample(report, SEED));
      const loaded = await tthcDossiers.load(file, {reference});
      const expected = report.rows.flatMap((r) =>
        observationsFromCounts({unitId: r.unitId, month: report.month, counts: r.counts, source: "obs.du-lieu-mau.csv", sample: true}, TTHC_INDICATORS)
      );
      const key = (o: {unitId: string; indicator: string}): string => `${o.unitId}|${o.indicator}`;
      expect([...loaded.observations].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    });
  });
});
