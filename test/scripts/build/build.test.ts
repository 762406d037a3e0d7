// The build as an analyst runs it, in a throwaway copy of the project: two builds from the same
// inputs are byte-identical, and a build stopped by a bad file leaves the published site as it was.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdir, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectCopy} from "../../helpers/projectCopy.ts";

const BUILD_TIMEOUT_MS = 8 * 60_000;

function build(root: string): {status: number | null; output: string} {
  const result = spawnSync("npm", ["run", "build"], {cwd: root, encoding: "utf-8", timeout: BUILD_TIMEOUT_MS, env: {...process.env, SOURCE_DATE_EPOCH: ""}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** path → sha256 of every file under dir. */
async function treeDigest(dir: string): Promise<Map<string, string>> {
  const digest = new Map<string, string>();
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digest.set(relative(dir, path), createHash("sha256").update(await readFile(path)).digest("hex"));
  }
  return new Map([...digest].sort(([a], [b]) => a.localeCompare(b)));
}

function differences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

describe("npm run build", () => {
  let root: string;
  let first: Map<string, string>;

  beforeAll(async () => {
    root = await projectCopy();
    const result = build(root);
    if (result.status !== 0) throw new Error(`first build failed:\n${result.output.slice(-3000)}`);
    first = await treeDigest(join(root, "dist"));
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (root !== undefined) await rm(root, {recursive: true, force: true});
  });

  test(
    "two builds from the same inputs give byte-identical sites",
    async () => {
      expect(first.size).toBeGreaterThan(50);
      expect([...first.keys()]).toContain("index.html");
      const result = build(root);
      expect(result.status, result.output.slice(-2000)).toBe(0);
      expect(differences(first, await treeDigest(join(root, "dist")))).toEqual([]);
    },
    BUILD_TIMEOUT_MS
  );

  test(
    "a bad file stops the build with its name and a non-zero exit, and the published site stays as it was",
    async () => {
      const before = await treeDigest(join(root, "dist"));
      await mkdir(join(root, "data", "raw", "tthc"), {recursive: true});
      await writeFile(join(root, "data", "raw", "tthc", "bao-cao-hong.csv"), "Không phải báo cáo,abc\n1,2\n");
      const result = build(root);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("bao-cao-hong.csv");
      expect(result.output).toMatch(/data loader docs\/data\/tthc\.zip\.ts failed/);
      expect(differences(before, await treeDigest(join(root, "dist")))).toEqual([]);
      expect((await readdir(root)).filter((name) => name.startsWith("dist."))).toEqual([]); // no half-built folder left
    },
    BUILD_TIMEOUT_MS
  );
});
