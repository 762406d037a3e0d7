import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {replaceDirectory} from "../../../scripts/build/replaceDirectory.ts";

describe("replaceDirectory: the new site in place of the old, whole", () => {
  let root: string;
  beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), "cchc-swap-"))));
  afterEach(() => rm(root, {recursive: true, force: true}));

  async function site(name: string, page: string): Promise<string> {
    const dir = join(root, name);
    await mkdir(dir, {recursive: true});
    await writeFile(join(dir, "index.html"), page);
    return dir;
  }

  test("replaces an existing folder and leaves nothing else behind", async () => {
    const dist = await site("dist", "old");
    await writeFile(join(dist, "stale.html"), "gone after the swap");
    await replaceDirectory(dist, await site("dist.building-1", "new"));
    expect(await readFile(join(dist, "index.html"), "utf-8")).toBe("new");
    expect(await readdir(dist)).toEqual(["index.html"]);
    expect((await readdir(root)).sort()).toEqual(["dist"]);
  });

  test("works for a first build, when there is no folder yet", async () => {
    await replaceDirectory(join(root, "dist"), await site("next", "first"));
    expect(await readFile(join(root, "dist", "index.html"), "utf-8")).toBe("first");
  });

  test("when the new folder cannot be moved in, the old site is put back", async () => {
    const dist = await site("dist", "old");
    await expect(replaceDirectory(dist, join(root, "missing"))).rejects.toThrow();
    expect(await readFile(join(dist, "index.html"), "utf-8")).toBe("old");
  });
});
