import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {buildSite} from "./buildSite.ts";

/**
 * Builds the site once (npm run build, prebuild included) before the browser tests are collected.
 * CCHC_SITE_PREBUILT=1 tests the dist/ already there instead: CI builds it inside `unshare -n`
 * (no network at all) and the browser tests then run against exactly that offline build.
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  if (process.env.CCHC_SITE_PREBUILT === "1") {
    if (!existsSync(fileURLToPath(new URL("../../dist/index.html", import.meta.url)))) {
      throw new Error("CCHC_SITE_PREBUILT=1 but dist/index.html is missing: run `npm run build` first");
    }
    console.log("browser tests: using the dist/ built before (CCHC_SITE_PREBUILT=1)");
    return;
  }
  await buildSite(root);
}
