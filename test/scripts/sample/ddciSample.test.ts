import {copyFile, mkdir, readdir} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {sha256File} from "../../../loaders/io/sha256File.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {readDdciTable} from "../../../loaders/sources/ddciTable.ts";
import {ddciSample, DDCI_SAMPLE_YEARS} from "../../../scripts/sample/ddciSample.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const CURATED = join(PROJECT_ROOT, "data", "curated", "ddci", "ddci-2021-loc-ha.csv");

describe("ddciSample writer", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const write = async () => {
    const reference = await loadReference(join(project.root, "data", "reference"));
    const folder = join(project.root, "data", "sample", "ddci");
    return {reference, folder, files: await ddciSample.write({root: project.root, folder, seed: 20240201, reference})};
  };

  test("curated and sample never overlap: Lộc Hà 2021 comes only from the curated file", async () => {
    await mkdir(join(project.root, "data", "curated", "ddci"), {recursive: true});
    await copyFile(CURATED, join(project.root, "data", "curated", "ddci", "ddci-2021-loc-ha.csv"));
    const {reference, folder, files} = await write();
    expect(files).toBe(DDCI_SAMPLE_YEARS.length);
    const sample2021 = await readDdciTable(join(folder, "ddci-2021.xlsx"), reference);
    expect(sample2021.rows.some((r) => r.unitId === "448")).toBe(false);

    // duplicates are an error for this dataset, so a successful build proves there is no overlap
    const build = await buildDataset("ddci", project.root, reference);
    const locHa2021 = build.observations.filter((o) => o.unitId === "448" && o.period === "2021");
    expect(locHa2021).toHaveLength(11);
    expect(locHa2021.every((o) => !o.sample && o.source === "ddci-2021-loc-ha.csv")).toBe(true);
    expect(locHa2021.find((o) => o.indicator === "ddci_total")?.value).toBe(54.52);
    expect(build.observations.filter((o) => o.unitId === "448" && o.period === "2022").every((o) => o.sample)).toBe(true);
    expect(build.missing).toEqual([]);
  });

  test("every district-level unit and department is in every sample year; departments have no land score", async () => {
    const {reference} = await write();
    expect(await readdir(join(project.root, "data", "sample", "ddci"))).toEqual(DDCI_SAMPLE_YEARS.map((y) => `ddci-${y}.xlsx`));
    const build = await buildDataset("ddci", project.root, reference);
    const scored = reference.units.filter((u) => (u.level === "district" || u.level === "department") && u.parentId === "42");
    for (const year of DDCI_SAMPLE_YEARS) {
      const units = new Set(build.observations.filter((o) => o.period === year && o.indicator === "ddci_total").map((o) => o.unitId));
      expect(units).toEqual(new Set(scored.map((u) => u.id)));
    }
    const land = new Set(build.observations.filter((o) => o.indicator === "ddci_land").map((o) => o.unitId));
    expect(scored.filter((u) => u.level === "department").some((u) => land.has(u.id))).toBe(false);
    expect(build.observations.every((o) => o.sample)).toBe(true);
  });

  test("is byte-identical from run to run", async () => {
    const {folder} = await write();
    const first = await sha256File(join(folder, "ddci-2023.xlsx"));
    await write();
    expect(await sha256File(join(folder, "ddci-2023.xlsx"))).toBe(first);
  });
});
