import {fileURLToPath} from "node:url";
import {buildSite} from "./buildSite.ts";

/** Builds the site once (npm run build, prebuild included) before the browser tests are collected. */
export default async function setup(): Promise<void> {
  await buildSite(fileURLToPath(new URL("../..", import.meta.url)));
}
