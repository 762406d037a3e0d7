import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll} from "vitest";

/** A temporary folder made before the tests of the calling describe block and removed after them; `path(name)` is a file in it. */
export function useTempDir(prefix: string): {path(name: string): string} {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true});
  });
  return {path: (name) => join(dir, name)};
}
