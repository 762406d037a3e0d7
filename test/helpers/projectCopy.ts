import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {cp, mkdir, mkdtemp, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {PROJECT_ROOT} from "./tempProject.ts";

/**
 * A throwaway copy of the project files git tracks or would track (a fresh clone plus what is not committed yet) sharing node_modules,
 * for tests that build or serve the site without touching the work tree other tests read.
 */
export async function projectCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "cchc-copy-"));
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {cwd: PROJECT_ROOT, encoding: "utf-8"}).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(PROJECT_ROOT, file))) continue; // deleted in the work tree, not yet committed
    await mkdir(dirname(join(root, file)), {recursive: true});
    await cp(join(PROJECT_ROOT, file), join(root, file));
  }
  await symlink(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}
