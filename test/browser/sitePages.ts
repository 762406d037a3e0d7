// The pages the site-wide checks (accessibility, layout) visit, and how to wait until a page has
// drawn. Every built page except the commune pages, which share one template: of those, the
// area's first present commune (from the reference data, not a fixed id) stands for all.
import {existsSync, readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import type {Page} from "playwright-core";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {areaUnits} from "../../src/model/areaUnits.ts";
import {DIST} from "./builtSite.ts";

/** Framework's own asset folders in dist/: never pages. */
const ASSET_DIRS = new Set(["_observablehq", "_npm", "_node", "_jsr", "_file", "_import"]);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ASSET_DIRS.has(entry.name) ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(DIST, path).split(sep).join("/")] : [];
  });
}

/** index.html → /, communes/index.html → /communes/, pci.html → /pci. */
export function urlPath(rel: string): string {
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel.slice(0, -".html".length)}`;
}

/** The area's present communes (the successors), in units.csv order. */
export async function presentCommunes(): Promise<{id: string; name: string}[]> {
  const reference = await loadReference();
  if (reference.area === null) throw new Error("data/reference/area.json is missing");
  const ids = new Set(areaUnits(reference.area, reference.units, reference.lineage).new);
  return reference.units.filter((u) => u.level === "commune" && ids.has(u.id)).map((u) => ({id: u.id, name: u.name}));
}

/** URL paths of the pages to check: every built page but 404, with one commune page. */
export async function pagesToCheck(): Promise<string[]> {
  if (!existsSync(DIST)) return [];
  const [commune] = await presentCommunes();
  const pages = htmlFiles(DIST).filter((rel) => rel !== "404.html" && !/^communes\/(?!index\.html)/.test(rel));
  if (commune !== undefined && existsSync(join(DIST, "communes", `${commune.id}.html`))) pages.push(`communes/${commune.id}.html`);
  return pages.sort().map(urlPath);
}

/**
 * Waits until the page has drawn: the network is idle, no cell still shows Framework's loading
 * indicator, and two frames have been painted since (charts redrawn after a resize included).
 */
export async function settle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForLoadState("networkidle", {timeout: timeoutMs});
  const until = Date.now() + timeoutMs;
  // Poll with evaluate: waitForFunction needs eval, which the site's policy forbids.
  while ((await page.evaluate(() => document.querySelectorAll("observablehq-loading").length)) > 0) {
    if (Date.now() > until) throw new Error(`${page.url()}: cells still loading after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
