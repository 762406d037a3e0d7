// Vietnamese time axes everywhere (issue #13): every built page, opened in Vietnamese, has no
// chart axis tick written with an English month ("Jan", "Apr"…); months read "T1/2026".
import {readFileSync, readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {openAndRecord} from "./chromium.ts";
import {DIST, useSite} from "./builtSite.ts";

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

// Pages whose charts still had English month ticks when this test was written; their owners
// fix them on their own branches at the same time. The lead empties this list after merging;
// a page listed here that no longer shows English ticks fails the test, so the list only shrinks.
const KNOWN_ENGLISH_AXES = new Set<string>([]); // none today: a page listed here must still show English ticks

const ASSET_DIRS = new Set(["_observablehq", "_npm", "_node", "_jsr", "_file", "_import"]);

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ASSET_DIRS.has(entry.name) ? [] : walk(path);
    return entry.name.endsWith(".html") ? [relative(DIST, path).split(sep).join("/")] : [];
  });
}

/** index.html → /, a/index.html → /a/, a/b.html → /a/b. */
function urlPath(rel: string): string {
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel.slice(0, -".html".length)}`;
}

const PAGES = walk(DIST)
  .filter((rel) => rel !== "404.html")
  .sort();

const TICKS = "main svg [aria-label$='tick label'] text, main svg .tick text";
// A leader's desktop and a phone: Plot picks other ticks (months or years) at other widths.
const WIDTHS = [1440, 390] as const;

/** The tick texts on the page, a tick's lines (Plot's <tspan>s: "Jan", "2021") joined by a space. */
function readTicks(page: Page): Promise<string[]> {
  return page.locator(TICKS).evaluateAll((texts) =>
    texts.map((t) => {
      const lines = [...t.querySelectorAll("tspan")].map((s) => s.textContent ?? "");
      return lines.length ? lines.join(" ") : (t.textContent ?? "");
    })
  );
}

/** The tick texts of the page's charts at each width, once they have drawn (polled: the site's CSP forbids waitForFunction's eval). */
async function tickTexts(page: Page, chartless: boolean): Promise<string[]> {
  await page.waitForLoadState("networkidle", {timeout: 30_000});
  const all: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({width, height: 900});
    let texts: string[] = [];
    for (let tries = 0; tries < 30; tries++) {
      texts = await readTicks(page);
      if (texts.length > 0 || chartless) break;
      await page.waitForTimeout(100);
    }
    // Let the last cells (and the redraw for the new width) settle before reading again.
    await page.waitForTimeout(400);
    all.push(...(await readTicks(page)));
  }
  return all;
}

describe("time axes in Vietnamese", () => {
  const site = useSite();

  test("the check finds English months, also split over lines (Plot's \"Jan\" + \"2021\")", async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(
        '<main><svg><g aria-label="x-axis tick label"><text><tspan>Jan</tspan><tspan>2021</tspan></text><text>Apr</text><text>T7/2021</text></g></svg></main>'
      );
      expect((await readTicks(page)).filter((t) => ENGLISH_MONTH.test(t))).toEqual(["Jan 2021", "Apr"]);
    } finally {
      await context.close();
    }
  });

  test("the check sees time ticks: / draws months as T<month>/<year>", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/`, {waitFor: "main svg"});
    try {
      const ticks = await tickTexts(record.page, false);
      expect(ticks.some((t) => /^T\d{1,2}\/\d{4}$/.test(t.trim())), ticks.join(" | ")).toBe(true);
    } finally {
      await record.close();
    }
  });

  test.each(PAGES)("%s has no English month on an axis", async (rel) => {
    const chartless = readFileSync(join(DIST, rel), "utf8").includes("data-no-chart");
    const record = await openAndRecord(site.browser, `${site.url}${urlPath(rel)}`, {waitFor: chartless ? "main" : "main svg"});
    try {
      const english = (await tickTexts(record.page, chartless)).filter((t) => ENGLISH_MONTH.test(t));
      if (KNOWN_ENGLISH_AXES.has(rel)) expect(english.length, `${rel} is in KNOWN_ENGLISH_AXES but shows no English month now: remove it`).toBeGreaterThan(0);
      else expect(english, `${rel}: English month ticks`).toEqual([]);
    } finally {
      await record.close();
    }
  });
});
