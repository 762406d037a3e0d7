import {cp, mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");

/** A throwaway project root holding a copy of data/reference, for loaders that read `<root>/data`. */
export async function tempProject(): Promise<{root: string; write(path: string, text: string): Promise<string>; remove(): Promise<void>}> {
  const root = await mkdtemp(join(tmpdir(), "cchc-test-"));
  await cp(join(PROJECT_ROOT, "data", "reference"), join(root, "data", "reference"), {recursive: true});
  return {
    root,
    async write(path, text) {
      const full = join(root, path);
      await mkdir(dirname(full), {recursive: true});
      await writeFile(full, text);
      return full;
    },
    remove: () => rm(root, {recursive: true, force: true})
  };
}
