import {existsSync, readFileSync, readdirSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {datasetPagesModule} from "../../loaders/datasetPages.ts";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {referenceJson} from "../../loaders/referenceJson.ts";
import {DATASETS, SOURCES} from "../../loaders/registry.ts";

const read = (path: string): string => readFileSync(path, "utf8");

// Registering a source and its dataset in loaders/registry.ts is the only step: every place
// that lists datasets follows from it. Each failure names the dataset and the missing spot.
describe("loaders/registry.ts is the one place", () => {
  test.each(DATASETS.map((d) => d.id))("dataset %s has its wrapper docs/data/<id>.zip.ts", (id) => {
    const wrapper = `docs/data/${id}.zip.ts`;
    expect(existsSync(wrapper), `${wrapper} is missing (npm run new-source writes it)`).toBe(true);
    expect(read(wrapper), `${wrapper} must call buildDataset("${id}")`).toContain(`buildDataset("${id}"`);
  });

  test.each(DATASETS.map((d) => d.id))("dataset %s is published by docs/lib/datasets.js (so the build has it)", (id) => {
    const module = datasetPagesModule(DATASETS);
    expect(module, `docs/lib/datasets.js: FileAttachment of data/${id}/meta.json`).toContain(`FileAttachment("../data/${id}/meta.json")`);
    expect(module, `docs/lib/datasets.js: FileAttachment of data/${id}/observations.arrow`).toContain(`FileAttachment("../data/${id}/observations.arrow")`);
  });

  test("scripts/prepare.ts writes docs/lib/datasets.js from the registry", () => {
    expect(read("scripts/prepare.ts"), "scripts/prepare.ts: datasetPagesModule(DATASETS)").toContain("datasetPagesModule(DATASETS)");
  });

  test.each([
    ["docs/explore.md", "/explore (tables, sources under a result)"],
    ["docs/methodology.md", "/methodology (sources and indicators)"]
  ])("%s lists the datasets from the registry, not by hand", (page, what) => {
    const text = read(page);
    expect(text, `${what}: import from ./lib/datasets.js`).toMatch(/from "\.\/lib\/datasets\.js"/);
    for (const {id} of DATASETS) {
      expect(text, `${what}: a hand-written FileAttachment("data/${id}/meta.json") list; use loadMetas()`).not.toContain(`FileAttachment("data/${id}/meta.json")`);
    }
  });

  test("docs/components/exploreSources.js names no dataset by hand", () => {
    const text = read("docs/components/exploreSources.js");
    expect(text, "exploreSources.js: a hand-written list of dataset ids").not.toMatch(/\["tthc", "pci"/);
  });

  test("reference.json lists every dataset, and every source with the indicators it gives (/methodology links by them)", async () => {
    const json = JSON.parse(referenceJson(await loadReference())) as {datasets: {id: string}[]; sources: {kind: string; indicators: string[]}[]};
    expect(json.datasets.map((d) => d.id), "reference.json datasets").toEqual(DATASETS.map((d) => d.id));
    for (const source of SOURCES) {
      expect(json.sources.find((s) => s.kind === source.kind)?.indicators, `reference.json sources: ${source.kind}'s indicators`).toEqual(source.indicators.map((i) => i.id));
    }
  });

  test("every source feeds a registered dataset, under a kind of its own", () => {
    const ids = new Set(DATASETS.map((d) => d.id));
    for (const source of SOURCES) expect(ids.has(source.dataset), `source ${source.kind}: dataset "${source.dataset}" is not in DATASETS`).toBe(true);
    const kinds = SOURCES.map((s) => s.kind);
    expect(new Set(kinds).size, `kinds used twice: ${kinds.filter((k, i) => kinds.indexOf(k) !== i).join(", ")}`).toBe(kinds.length);
  });

  test("every indicator's family is a registered dataset id (/methodology names the group after it)", () => {
    const ids = new Set(DATASETS.map((d) => d.id));
    for (const indicator of SOURCES.flatMap((s) => s.indicators)) {
      expect(ids.has(indicator.family), `indicator ${indicator.id}: family "${indicator.family}" is no dataset id (${[...ids].join(", ")})`).toBe(true);
    }
  });

  test("every folder of data/curated is a registered dataset", () => {
    const ids = new Set(DATASETS.map((d) => d.id));
    for (const folder of readdirSync("data/curated")) expect(ids.has(folder), `data/curated/${folder}: no dataset "${folder}" in DATASETS`).toBe(true);
  });
});
