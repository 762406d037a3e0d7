// npm run new-source as an analyst runs it, in a throwaway copy of the project: right after
// scaffolding, the project typechecks, the scaffolded parser test and the registry test pass,
// and the build publishes the new, still empty, dataset.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {readFile, readdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {scaffoldSource} from "../../../scripts/newSource/scaffoldSource.ts";
import {projectCopy} from "../../helpers/projectCopy.ts";

const TIMEOUT_MS = 10 * 60_000;

function run(root: string, command: string, args: readonly string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {cwd: root, encoding: "utf-8", timeout: TIMEOUT_MS, env: {...process.env, SOURCE_DATE_EPOCH: ""}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`.slice(-3000)};
}

describe("npm run new-source, in a copy of the project", () => {
  let root: string;
  let scaffold: {status: number | null; output: string};

  beforeAll(async () => {
    root = await projectCopy();
    scaffold = run(root, "npm", ["run", "new-source", "--", "energyScores", "--dataset", "energy", "--level", "commune"]);
  }, TIMEOUT_MS);

  afterAll(async () => {
    if (root !== undefined) await rm(root, {recursive: true, force: true});
  });

  test("writes the source, dataset, wrapper and test, and registers them", async () => {
    expect(scaffold.status, `new-source failed:\n${scaffold.output}`).toBe(0);
    for (const path of ["loaders/sources/energyScores.ts", "loaders/datasets/energy.ts", "docs/data/energy.zip.ts", "test/loaders/sources/energyScores.test.ts"]) {
      expect(existsSync(join(root, path)), `${path} written`).toBe(true);
    }
    const registry = await readFile(join(root, "loaders/registry.ts"), "utf8");
    expect(registry, "SOURCES ends with energyScores").toMatch(/SOURCES: readonly Source\[\] = \[[^\]]*, energyScores\]/);
    expect(registry, "DATASETS ends with energyDataset").toMatch(/DATASETS: readonly Dataset\[\] = \[[^\]]*, energyDataset\]/);
    const source = await readFile(join(root, "loaders/sources/energyScores.ts"), "utf8");
    expect(source, "the commune matcher for --level commune").toContain("createCommuneMatcher(reference.units, year)");
  });

  test(
    "typechecks, passes its own and the registry's tests, and builds with the new dataset published",
    () => {
      const typecheck = run(root, "npm", ["run", "typecheck"]);
      expect(typecheck.status, `npm run typecheck after scaffolding:\n${typecheck.output}`).toBe(0);
      const tests = run(root, "npx", ["vitest", "run", "--project", "unit", "test/loaders/sources/energyScores.test.ts", "test/loaders/registry.test.ts"]);
      expect(tests.status, `the scaffolded test and the registry test:\n${tests.output}`).toBe(0);
      const build = run(root, "npm", ["run", "build"]);
      expect(build.status, `npm run build after scaffolding:\n${build.output}`).toBe(0);
      return readdir(join(root, "dist/_file/data/energy")).then((files) => {
        expect(files.some((f) => /^meta\.[0-9a-f]+\.json$/.test(f)), `dist/_file/data/energy has meta.json: ${files.join(", ")}`).toBe(true);
      });
    },
    TIMEOUT_MS
  );
});

describe("scaffoldSource", () => {
  test("refuses a bad id, a bad dataset id, and a source that exists (writing nothing)", async () => {
    await expect(scaffoldSource(".", {id: "Bad Id"})).rejects.toThrow(/expected letters and digits/);
    await expect(scaffoldSource(".", {id: "okId", dataset: "Bad-Id"})).rejects.toThrow(/expected lowercase letters/);
    await expect(scaffoldSource(".", {id: "papiLong"})).rejects.toThrow(/exists already/);
  });
});
