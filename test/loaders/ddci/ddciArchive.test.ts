import {copyFile, mkdir} from "node:fs/promises";
import {join} from "node:path";
import JSZip from "jszip";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {ddciArchive} from "../../../loaders/ddci/ddciArchive.ts";
import {ddciClassifications} from "../../../loaders/ddci/ddciClassifications.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

describe("ddciArchive", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("carries the published classification beside the observations, and is byte-identical run to run", async () => {
    await mkdir(join(project.root, "data", "curated", "ddci"), {recursive: true});
    await copyFile(join(PROJECT_ROOT, "data", "curated", "ddci", "ddci-2021-loc-ha.csv"), join(project.root, "data", "curated", "ddci", "ddci-2021-loc-ha.csv"));
    const reference = await loadReference(join(project.root, "data", "reference"));
    const build = await buildDataset("ddci", project.root, reference);
    const classifications = await ddciClassifications(build, reference, project.root);
    expect(classifications).toEqual([{unitId: "448", period: "2021", classification: "Trung bình", source: "ddci-2021-loc-ha.csv", sample: false}]);
    const bytes = await ddciArchive(build, classifications);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["classifications.json", "meta.json", "observations.arrow"]);
    expect(JSON.parse(await zip.file("classifications.json")!.async("string"))).toEqual(classifications);
    expect(JSON.parse(await zip.file("meta.json")!.async("string"))).toMatchObject({dataset: "ddci", sample: false, origins: ["curated"]});
    expect(Buffer.from(await ddciArchive(build, classifications)).equals(Buffer.from(bytes))).toBe(true);
  });
});
