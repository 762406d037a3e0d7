import {existsSync} from "node:fs";
import {copyFile, mkdir, readdir, symlink} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {datasetMeta} from "../../../loaders/datasetArchive.ts";
import {DATASETS, SOURCES} from "../../../loaders/registry.ts";
import {PCI_INDICATORS} from "../../../src/model/pciIndicators.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const PROFILE = join(PROJECT_ROOT, "data", "curated", "pci", "ha-tinh-profile-pcivietnam.csv");
const SHARED_PCI = join(PROJECT_ROOT, "..", "shared", "data", "pci");
const WORKBOOKS = join(SHARED_PCI, "vcci-workbooks");
const TIDY_HEADER =
  "prov,year,pci_entry,pci_land,pci_transparency,pci_time,pci_informal,pci_implement,pci_bias_old,pci_bias,pci_proactive,pci_support,pci_labor,pci_legal,pci_unweighted,pci_weighted";

describe("pci dataset", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => {
    project = await tempProject();
    await mkdir(join(project.root, "data", "curated", "pci"), {recursive: true});
    await copyFile(PROFILE, join(project.root, "data", "curated", "pci", "ha-tinh-profile-pcivietnam.csv"));
  });
  afterEach(() => project.remove());

  test("is registered with its three sources, keeps the first file's figure and all twelve indicators are catalogued", () => {
    expect(DATASETS.find((d) => d.id === "pci")?.duplicates).toBe("prefer-first");
    expect(SOURCES.filter((s) => s.dataset === "pci").map((s) => s.kind)).toEqual(["pci-profile", "pci-tidy", "pci-vcci"]);
    expect(PCI_INDICATORS.map((i) => i.id)).toEqual([
      "pci_total",
      "pci_rank",
      "pci_entry",
      "pci_land",
      "pci_transparency",
      "pci_time",
      "pci_informal",
      "pci_bias",
      "pci_proactive",
      "pci_support",
      "pci_labor",
      "pci_legal"
    ]);
    expect(PCI_INDICATORS.find((i) => i.id === "pci_rank")).toMatchObject({unit: "rank", better: "lower"});
    expect(PCI_INDICATORS.every((i) => i.family === "pci" && !("numerator" in i))).toBe(true);
  });

  test("the committed profile alone builds the dataset; the 2023 total is not published, not zero, and meta.json says so", async () => {
    const build = await buildDataset("pci", project.root);
    expect(build.provenance.map((p) => [p.file, p.origin])).toEqual([["ha-tinh-profile-pcivietnam.csv", "curated"]]);
    expect(build.observations.find((o) => o.indicator === "pci_total" && o.period === "2023")).toBeUndefined();
    expect(build.observations.find((o) => o.indicator === "pci_entry" && o.period === "2023")?.value).toBe(7.15);
    const meta = JSON.parse(JSON.stringify(datasetMeta(build))) as {sample: boolean; sources: {notPublished?: unknown[]; sourceUrl: string}[]};
    expect(meta.sample).toBe(false);
    expect(meta.sources[0]!.sourceUrl).toBe("https://pcivietnam.vn/ho-so-tinh/ha-tinh");
    expect(meta.sources.flatMap((s) => s.notPublished ?? [])).toEqual([
      {unitId: "42", indicator: "pci_total", period: "2023"},
      {unitId: "42", indicator: "pci_rank", period: "2023"}
    ]);
  });

  test("a raw file disagreeing with the curated profile: the profile's value is kept and the difference recorded", async () => {
    await project.write("data/raw/pci/pci.csv", [TIDY_HEADER, "Ha Tinh,2011,8.867462,7.887451,6.505678,7.991596,7.006342,,,,6.321916,3.839803,5.003883,5.427443,48.4,65.97"].join("\n"));
    const build = await buildDataset("pci", project.root);
    const kept = (indicator: string) => build.observations.find((o) => o.unitId === "42" && o.indicator === indicator && o.period === "2011");
    expect(kept("pci_total")).toMatchObject({value: 65.99, source: "ha-tinh-profile-pcivietnam.csv"});
    expect(build.conflicts).toEqual([
      {unitId: "42", indicator: "pci_support", period: "2011", kept: {file: "ha-tinh-profile-pcivietnam.csv", value: 3.94}, dropped: {file: "pci.csv", value: 3.84}},
      {unitId: "42", indicator: "pci_labor", period: "2011", kept: {file: "ha-tinh-profile-pcivietnam.csv", value: 5.08}, dropped: {file: "pci.csv", value: 5}},
      {unitId: "42", indicator: "pci_total", period: "2011", kept: {file: "ha-tinh-profile-pcivietnam.csv", value: 65.99}, dropped: {file: "pci.csv", value: 65.97}}
    ]);
  });

  test.skipIf(!existsSync(WORKBOOKS) || !existsSync(join(SHARED_PCI, "pci_2005_2019.csv")))(
    "with VCCI's workbooks and the tidy table in data/raw, the five known Hà Tĩnh differences are reported, the profile kept (skipped: ../shared/data/pci absent)",
    async () => {
      const raw = join(project.root, "data", "raw", "pci");
      await mkdir(raw, {recursive: true});
      await symlink(join(SHARED_PCI, "pci_2005_2019.csv"), join(raw, "pci_2005_2019.csv"));
      for (const name of await readdir(WORKBOOKS)) await symlink(join(WORKBOOKS, name), join(raw, name));
      const build = await buildDataset("pci", project.root);
      expect(build.provenance[0]).toMatchObject({file: "ha-tinh-profile-pcivietnam.csv", origin: "curated"});

      const profile = "ha-tinh-profile-pcivietnam.csv";
      const known = [
        {indicator: "pci_proactive", period: "2006", kept: 2.6, dropped: 3.09, files: ["PCI 2006.xls", "pci_2005_2019.csv"]},
        {indicator: "pci_total", period: "2006", kept: 41.62, dropped: 42.35, files: ["PCI 2006.xls", "pci_2005_2019.csv"]},
        {indicator: "pci_support", period: "2011", kept: 3.94, dropped: 3.84, files: ["pci_2005_2019.csv"]},
        {indicator: "pci_labor", period: "2011", kept: 5.08, dropped: 5, files: ["pci_2005_2019.csv"]},
        {indicator: "pci_total", period: "2011", kept: 65.99, dropped: 65.97, files: ["pci_2005_2019.csv"]}
      ];
      for (const {indicator, period, kept, dropped, files} of known) {
        const found = build.conflicts.filter((c) => c.unitId === "42" && c.indicator === indicator && c.period === period);
        expect(found, `${indicator} ${period}`).toEqual(files.map((file) => ({unitId: "42", indicator, period, kept: {file: profile, value: kept}, dropped: {file, value: dropped}})));
        expect(build.observations.find((o) => o.unitId === "42" && o.indicator === indicator && o.period === period)).toMatchObject({value: kept, source: profile});
      }
      // Besides those, the only Hà Tĩnh differences are the ranks the tidy table implies for 2006 and 2007.
      const others = build.conflicts.filter((c) => c.unitId === "42" && !known.some((k) => k.indicator === c.indicator && k.period === c.period));
      expect(others.map((c) => [c.indicator, c.period, c.kept.value, c.dropped.value])).toEqual([
        ["pci_rank", "2006", 60, 59],
        ["pci_rank", "2007", 56, 57]
      ]);
      // The tidy table swapped five provinces' 2014 totals; VCCI's 2014 workbook, read first, is kept.
      expect(build.observations.find((o) => o.unitId === "48" && o.indicator === "pci_total" && o.period === "2014")).toMatchObject({value: 66.87, source: "PCI 2014.xlsx"});
      expect(build.conflicts.filter((c) => c.period === "2014").map((c) => c.unitId).sort()).toEqual(["48", "48", "66", "66", "67", "67", "75", "75", "87", "87"]);
      // Still not published: the profile's gap is not filled from elsewhere (no other source has 2023).
      expect(build.observations.find((o) => o.unitId === "42" && o.indicator === "pci_total" && o.period === "2023")).toBeUndefined();
      // Every province and year of the raw files is there.
      expect(new Set(build.observations.filter((o) => o.period === "2019").map((o) => o.unitId)).size).toBe(63);
      // meta.json's sources say what each workbook lacks (missing, not zero), and no column was left unread
      const lacks = Object.fromEntries(build.provenance.filter((p) => p.kind === "pci-vcci").map((p) => [p.file, p.indicatorsMissing ?? []]));
      expect(lacks).toMatchObject({"PCI 2006.xls": ["pci_rank"], "PCI 2008.xls": ["pci_rank"], "PCI 2012.xlsx": ["pci_bias"], "PCI 2016.xlsx": []});
      expect(build.provenance.flatMap((p) => p.warnings ?? [])).toEqual([]);
    }
  );
});
