/**
 * `npm run build` (after `prebuild`, scripts/prepare.ts): builds the site offline, reproducibly,
 * into a temporary folder, and replaces dist/ only when everything succeeded.
 *
 * 1. runs the data loaders first (a bad file stops here with its own message; dist/ untouched)
 *    and stamps their outputs and docs/ with one time, so that two builds are byte-identical;
 * 2. runs `observable build` into dist.building-<pid>, with every network fetch refused
 *    (build/noNetwork.ts): a build that needs the internet fails on any machine, not only offline;
 * 3. checks no page imports an npm package the site does not install (offline-npm.ts placeholders);
 * 4. writes the page's language and a skip link into each page (build/siteFrame.ts) and replaces
 *    its 'unsafe-inline' script source by the hashes of its own inline scripts;
 * 5. writes gzip and brotli copies of text, Arrow and wasm files, stamps every file with the
 *    build's one time, and swaps the new folder in for dist/.
 */
import {spawn} from "node:child_process";
import {rmSync} from "node:fs";
import {readFile, readdir, rm, utimes, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {withScriptHashes} from "./build/contentSecurityPolicy.ts";
import {withSiteFrame} from "./build/siteFrame.ts";
import {frameworkCommand} from "./build/frameworkCommand.ts";
import {precompress} from "./build/precompress.ts";
import {replaceDirectory} from "./build/replaceDirectory.ts";
import {runDataLoaders, stampSources} from "./build/runDataLoaders.ts";
import {sourceDateEpoch} from "./build/sourceDateEpoch.ts";
import {findPlaceholderModules} from "./offline-npm.ts";
import {runCli} from "./runCli.ts";
import {catalogue} from "../src/text/catalogue/catalogue.ts";

const ROOT = process.cwd();
const DIST = "dist";

async function observableBuild(output: string): Promise<void> {
  const child = spawn(process.execPath, frameworkCommand("build"), {
    cwd: ROOT,
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", CCHC_BUILD_OUTPUT: output}
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`observable build failed (exit ${code}); dist/ was left as it was`);
}

/** Files under `dir` (relative paths), recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true, withFileTypes: true}))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

async function hashInlineScripts(output: string, files: readonly string[]): Promise<number> {
  const pages = files.filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const path = join(output, page);
    const framed = withSiteFrame(await readFile(path, "utf-8"), page, "vi", catalogue("vi").nav.skipLink);
    await writeFile(path, withScriptHashes(framed, page));
  }
  return pages.length;
}

/** Folders a build that was killed (power cut, Ctrl-C twice) may have left beside dist/. */
async function removeLeftovers(): Promise<void> {
  for (const name of await readdir(ROOT)) {
    if (/^dist\.(building|previous)-\d+$/.test(name)) await rm(join(ROOT, name), {recursive: true, force: true});
  }
}

runCli("build", async () => {
  await removeLeftovers();
  const epoch = await sourceDateEpoch(ROOT);
  const loaders = await runDataLoaders(ROOT, epoch);
  await stampSources(join(ROOT, "docs"), epoch);
  const output = `${DIST}.building-${process.pid}`;
  // Stopped with Ctrl-C: the half-built folder goes; dist/ was never touched.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      rmSync(output, {recursive: true, force: true});
      process.exit(130);
    });
  }
  try {
    await observableBuild(output);
    const files = await filesUnder(output);
    const placeholders = findPlaceholderModules(files);
    if (placeholders.length > 0) {
      throw new Error(
        `a page imports npm packages the site does not install (${placeholders.join(", ")}): ` +
          "add the package to package.json and to VENDORED_MODULES in scripts/offline-npm.ts"
      );
    }
    const pages = await hashInlineScripts(output, files);
    for (const file of files) await utimes(join(output, file), epoch, epoch);
    const compressed = await precompress(output, files, epoch);
    await replaceDirectory(DIST, output);
    const when = new Date(epoch * 1000).toISOString();
    process.stdout.write(`build: ${pages} pages, ${loaders.length} data loaders, ${compressed} files precompressed (gzip, brotli), files dated ${when}, dist/ replaced\n`);
  } finally {
    await rm(output, {recursive: true, force: true});
  }
});
