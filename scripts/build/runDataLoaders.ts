import {spawn} from "node:child_process";
import {createWriteStream} from "node:fs";
import {mkdir, readFile, readdir, rename, rm, utimes, writeFile} from "node:fs/promises";
import {dirname, join, relative} from "node:path";
import JSZip from "jszip";

/** Where Framework keeps a loader's output, relative to the project root. */
const CACHE = join("docs", ".observablehq", "cache");

/** A data loader file: `<name>.<data extension>.<ts|js>` (docs/data/tthc.zip.ts), no route params. */
const LOADER = /^[^[\]]+\.(zip|json|csv|tsv|arrow|parquet|txt|md|html|svg|png|geojson|topojson|xlsx)\.(ts|js)$/;

export interface LoaderRun {
  /** the loader's path under docs/, e.g. "data/tthc.zip.ts" */
  readonly loader: string;
  /** files written into Framework's cache, relative to docs/ */
  readonly outputs: readonly string[];
}

/**
 * Loader files under docs/ (not under the cache or generated folders): dataset archives (.zip)
 * first, then the files derived from datasets (e.g. overview.json), each group sorted — so a bad
 * input file is reported by its own dataset's loader.
 */
export async function findDataLoaders(docs: string): Promise<string[]> {
  const entries = await readdir(docs, {recursive: true});
  const archiveFirst = (e: string): number => (/\.zip\.[a-z]+$/.test(e) ? 0 : 1);
  return entries
    .map((e) => e.split("\\").join("/"))
    .filter((e) => !e.startsWith(".observablehq/") && LOADER.test(e.split("/").pop()!))
    .sort((a, b) => archiveFirst(a) - archiveFirst(b) || (a < b ? -1 : a > b ? 1 : 0));
}

async function runLoader(root: string, loader: string, outputPath: string): Promise<void> {
  await mkdir(dirname(outputPath), {recursive: true});
  const temp = `${outputPath}.${process.pid}.partial`;
  const out = createWriteStream(temp);
  await new Promise<void>((resolve, reject) => out.once("open", () => resolve()).once("error", reject));
  const child = spawn(process.execPath, ["--import", "tsx", join("docs", loader)], {cwd: root, stdio: ["ignore", out, "inherit"]});
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  await new Promise<void>((resolve) => out.end(resolve));
  if (code !== 0) {
    await rm(temp, {force: true});
    throw new Error(`data loader docs/${loader} failed (exit ${code}); its message is above`);
  }
  await rename(temp, outputPath);
}

/** Framework serves `data/x/member` of a `data/x.zip` loader from cache/data/x/member: write them all. */
async function extractArchive(archivePath: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(archivePath));
  const folder = archivePath.replace(/\.zip$/, "");
  const written: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(folder, entry.name);
    if (relative(folder, target).startsWith("..")) throw new Error(`${archivePath}: entry ${entry.name} points outside the archive`);
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, await entry.async("nodebuffer"));
    written.push(target);
  }
  return written;
}

/**
 * Runs every data loader under docs/ before Framework does, writing what Framework would write
 * into its cache (and the members of zip outputs, which Framework would extract), all stamped
 * with `epoch`. Framework then finds them fresh and uses them as they are. Why: Framework stamps
 * the files it writes with the time of the build and bakes those times into every page
 * (`registerFile(…, {lastModified})`) and into file hashes, so two builds would never be alike.
 * A failing loader stops here, before anything is built, with the loader's own message.
 */
export async function runDataLoaders(root: string, epoch: number): Promise<LoaderRun[]> {
  const docs = join(root, "docs");
  const runs: LoaderRun[] = [];
  for (const loader of await findDataLoaders(docs)) {
    const target = loader.replace(/\.(ts|js)$/, "");
    const outputPath = join(root, CACHE, target);
    await runLoader(root, loader, outputPath);
    const outputs = [outputPath, ...(target.endsWith(".zip") ? await extractArchive(outputPath) : [])];
    for (const file of outputs) await utimes(file, epoch, epoch);
    runs.push({loader, outputs: outputs.map((f) => relative(docs, f))});
  }
  return runs;
}

/**
 * Stamps every source file under docs/ with `epoch`: Framework hashes a loader's modification
 * time into the names of the files it generates, and a fresh checkout gives every file the time
 * of the checkout. Framework's own caches (.observablehq/cache) are left to runDataLoaders.
 */
export async function stampSources(docs: string, epoch: number): Promise<void> {
  for (const entry of await readdir(docs, {recursive: true, withFileTypes: true})) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || relative(docs, path).startsWith(".observablehq")) continue;
    await utimes(path, epoch, epoch);
  }
}
