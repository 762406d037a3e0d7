import {tableFromIPC} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {observationsToArrow} from "../../loaders/io/observationsToArrow.ts";
import {buildMeta} from "../../loaders/meta.ts";
import {buildObservations, type ObservationsBuild} from "../../loaders/observations.ts";
import {generateSampleData} from "../../scripts/sample/generateSampleData.ts";
import {tempProject} from "../helpers/tempProject.ts";

describe("observations from the generated sample", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  let build: ObservationsBuild;
  beforeAll(async () => {
    project = await tempProject();
    await generateSampleData(project.root);
    build = await buildObservations(project.root);
  });
  afterAll(() => project.remove());

  test("covers 2021-01 to 2026-10, CSV and xlsx files alike, all flagged as sample", () => {
    expect(build.origin).toBe("sample");
    expect(build.tthc.sources).toHaveLength(70);
    expect(build.tthc.sources.filter((s) => s.file.endsWith(".csv"))).toHaveLength(12);
    expect(build.observations.every((o) => o.sample)).toBe(true);
    const months = [...new Set(build.observations.map((o) => o.period))].sort();
    expect(months[0]).toBe("2021-01");
    expect(months.at(-1)).toBe("2026-10");
  });

  test("the 12 old units report until 2025-06 and the 5 new ones from 2025-07", () => {
    const unitsIn = (month: string) => new Set(build.tthc.records.filter((r) => r.month === month).map((r) => r.unitId));
    expect(unitsIn("2025-06").size).toBe(12);
    expect([...unitsIn("2025-07")].sort()).toEqual(["phuong-tran-phu-2025", "xa-dong-kinh-2025", "xa-hong-loc-2025", "xa-loc-ha-2025", "xa-mai-phu-2025"]);
  });

  test("the sample's gap months are reported as missing, not filled", () => {
    expect(build.tthc.missing).toEqual([
      {unitId: "18580", month: "2022-03"},
      {unitId: "18598", month: "2023-08"},
      {unitId: "xa-dong-kinh-2025", month: "2025-09"}
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
    const again = await buildObservations(project.root);
    expect(Buffer.from(observationsToArrow(again.observations)).equals(Buffer.from(observationsToArrow(build.observations)))).toBe(true);
    expect(buildMeta(again)).toBe(buildMeta(build));
  });
});
