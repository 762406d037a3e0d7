import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {findDataLoaders} from "../../../scripts/build/runDataLoaders.ts";

describe("findDataLoaders: which files under docs/ the build runs before Framework", () => {
  let docs: string;
  beforeEach(async () => void (docs = await mkdtemp(join(tmpdir(), "cchc-docs-"))));
  afterEach(() => rm(docs, {recursive: true, force: true}));

  test("data and page loaders, not components, parameterised routes or Framework's cache", async () => {
    for (const file of ["data/tthc.zip.ts", "data/reference.json.ts", "index.md.ts", "components/trendChart.js", "lib/cchc.js", "communes/[unit].md.ts", ".observablehq/cache/data/x.json.ts", "style.css"]) {
      await mkdir(join(docs, file, ".."), {recursive: true});
      await writeFile(join(docs, file), "");
    }
    expect(await findDataLoaders(docs)).toEqual(["data/tthc.zip.ts", "data/reference.json.ts", "index.md.ts"]);
  });

  test("dataset archives run before what is derived from them, so a bad input file is reported by its dataset", async () => {
    for (const file of ["data/overview.json.ts", "data/pci.zip.ts", "data/tthc.zip.ts", "data/reference.json.ts"]) {
      await mkdir(join(docs, file, ".."), {recursive: true});
      await writeFile(join(docs, file), "");
    }
    expect(await findDataLoaders(docs)).toEqual(["data/pci.zip.ts", "data/tthc.zip.ts", "data/overview.json.ts", "data/reference.json.ts"]);
  });
});
