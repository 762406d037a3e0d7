/**
 * Runs before `npm run build` and `npm run dev`:
 * 1. fills Framework's npm cache from node_modules so nothing is downloaded (offline-npm.ts);
 * 2. writes self-hosted Vietnamese-capable fonts as a stylesheet (fonts.ts);
 * 3. bundles the library in src/ into docs/lib/cchc.js, because Framework refuses browser
 *    imports from above its root;
 * 4. clears Framework's data-loader cache, because Framework re-runs a loader only when the
 *    loader file itself changes: a change under src/, loaders/ or data/ must not leave stale
 *    data in a build;
 * 5. regenerates the deterministic sample data (data/sample/);
 * 6. writes docs/lib/datasets.js from the registry (loaders/datasetPages.ts), so every
 *    registered dataset is published and listed on /explore and /methodology.
 */
import {readdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {datasetPagesModule} from "../loaders/datasetPages.ts";
import {DATASETS} from "../loaders/registry.ts";
import {bundleLibrary} from "./bundleLibrary.ts";
import {writeFontStylesheet} from "./fonts.ts";
import {fillOfflineNpmCache} from "./offline-npm.ts";
import {runCli} from "./runCli.ts";
import {generateSampleData} from "./sample/generateSampleData.ts";

async function clearLoaderCache(): Promise<void> {
  const cache = join("docs", ".observablehq", "cache");
  let entries: string[] = [];
  try {
    entries = await readdir(cache);
  } catch {
    return;
  }
  for (const entry of entries) if (entry !== "_npm") await rm(join(cache, entry), {recursive: true, force: true});
}

runCli("prepare", async () => {
  const npmFiles = await fillOfflineNpmCache();
  await writeFontStylesheet();
  await bundleLibrary();
  await clearLoaderCache();
  const sample = await generateSampleData();
  await writeFile(join("docs", "lib", "datasets.js"), datasetPagesModule(DATASETS));
  process.stdout.write(`prepare: ${npmFiles.length} offline npm files, fonts, docs/lib/cchc.js, loader cache cleared, ${sample.files} sample reports, docs/lib/datasets.js (${DATASETS.length} datasets)\n`);
});
