import {tableFromIPC} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {buildDataset, type DatasetBuild} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {observationsToArrow} from "../../loaders/io/observationsToArrow.ts";
import {generateSampleData} from "../../scripts/sample/generateSampleData.ts";
import {tempProject} from "../helpers/tempProject.ts";

describe("observations from the generated sample", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  let build: DatasetBuild;
  beforeAll(async () => {
    project = await tempProject();
    await generateSampleData(project.root);
    build = await buildDataset("tthc", project.root);
  });
  afterAll(() => project.remove());

  test("covers 2021-01 to 2026-10, CSV and xlsx files alike, all flagged as sample", () => {
    expect(build.provenance.every((p) => p.origin === "sample" && p.sample)).toBe(true);
    expect(build.provenance).toHaveLength(70);
    expect(build.provenance.filter((s) => s.kind === "tthc-report" && s.file.endsWith(".csv"))).toHaveLength(12);
    // 2026-07..2026-10 come as dossier-level exports (three CSV, one xlsx)
    expect(build.provenance.filter((s) => s.kind === "tthc-dossiers").map((s) => s.periods)).toEqual(["07", "08", "09", "10"].map((m) => [`2026-${m}`, `2026-${m}`]));
    expect(build.observations.every((o) => o.sample)).toBe(true);
    const months = [...new Set(build.observations.map((o) => o.period))].sort();
    expect(months[0]).toBe("2021-01");
    expect(months.at(-1)).toBe("2026-10");
  });

  test("the 12 old units report until 2025-06 and the 5 new ones from 2025-07", () => {
    const unitsIn = (month: string) => new Set(build.observations.filter((o) => o.period === month).map((o) => o.unitId));
    expect(unitsIn("2025-06").size).toBe(12);
    expect([...unitsIn("2025-07")].sort()).toEqual(["phuong-tran-phu-2025", "xa-dong-kinh-2025", "xa-hong-loc-2025", "xa-loc-ha-2025", "xa-mai-phu-2025"]);
  });

  test("the sample's gap months are reported as missing, not filled", () => {
    expect(build.missing).toEqual([
      {unitId: "18580", period: "2022-03"},
      {unitId: "18598", period: "2023-08"},
      {unitId: "xa-dong-kinh-2025", period: "2025-09"}
    ]);
    expect(build.observations.some((o) => o.unitId === "18598" && o.period === "2023-08")).toBe(false);
  });

  test("the Arrow file keeps periods and codes as text, and nulls as nulls", () => {
    const table = tableFromIPC(observationsToArrow(build.observations));
    expect(table.numRows).toBe(build.observations.length);
    const first = table.get(0)!.toJSON();
    expect(typeof first.period).toBe("string");
    expect(first.period).toMatch(/^\d{4}-\d{2}$/);
    expect(typeof first.unitId).toBe("string");
    const withNull = observationsToArrow([{...build.observations[0]!, value: null, numerator: null, denominator: null}]);
    expect(tableFromIPC(withNull).get(0)!.toJSON().value).toBeNull();
  });

  test("same input gives byte-identical output", async () => {
    await generateSampleData(project.root);
    const again = await buildDataset("tthc", project.root);
    expect(Buffer.from(observationsToArrow(again.observations)).equals(Buffer.from(observationsToArrow(build.observations)))).toBe(true);
    expect(Buffer.from(await datasetArchive(again)).equals(Buffer.from(await datasetArchive(build)))).toBe(true);
  });
});
