import {execFileSync} from "node:child_process";
import {readdir, stat} from "node:fs/promises";
import {join} from "node:path";

/** The newest modification time (seconds) of the files under dir, or 0 when it has none. */
async function newestFileTime(dir: string): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(dir, {recursive: true});
  } catch {
    return 0;
  }
  let newest = 0;
  for (const entry of entries) {
    const info = await stat(join(dir, entry));
    if (info.isFile()) newest = Math.max(newest, Math.floor(info.mtimeMs / 1000));
  }
  return newest;
}

function commitTime(root: string): number {
  try {
    return Number(execFileSync("git", ["log", "-1", "--format=%ct"], {cwd: root, encoding: "utf-8", stdio: ["ignore", "pipe", "ignore"]}).trim()) || 0;
  } catch {
    return 0; // not a git checkout (an exported tarball): the raw files' times still count
  }
}

/**
 * The one time every built file is stamped with, so that two builds from the same inputs are
 * byte-identical: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), otherwise the
 * newer of the last commit and the newest analyst file in data/raw/ (untracked, so its own time
 * is a property of the input, not of the checkout).
 */
export async function sourceDateEpoch(root: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const fixed = env.SOURCE_DATE_EPOCH;
  if (fixed !== undefined && fixed !== "") {
    if (!/^\d+$/.test(fixed)) throw new Error(`SOURCE_DATE_EPOCH is "${fixed}": expected whole seconds since 1970-01-01`);
    return Number(fixed);
  }
  return Math.max(commitTime(root), await newestFileTime(join(root, "data", "raw")));
}
