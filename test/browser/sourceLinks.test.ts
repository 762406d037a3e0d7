// Only http(s) addresses from data become links: a DDCI file whose "Nguồn:" line is a script
// address or a sentence shows that text, links nothing, and breaks no page. The hostile
// sources are injected into the built ddci/meta.json as it is served (as escaping.test.ts
// does with unit names), so the pages are exactly the published ones.
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {DATASETS} from "../../loaders/registry.ts";
import {useSite} from "./builtSite.ts";

const SCRIPT_SOURCE = "javascript:alert(document.domain)//";
const WORDS_SOURCE = "Báo cáo của Sở Nội vụ";

interface MetaSource {
  file: string;
  sample: boolean;
  sourceUrl: string | null;
}

/** Opens `path` with the DDCI sources replaced; returns the page and the dialogs it opened. */
async function openHostile(site: ReturnType<typeof useSite>, path: string): Promise<{page: Page; dialogs: string[]; errors: string[]; close: () => Promise<void>}> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => void errors.push(error.message));
  await page.route(/\/_file\/data\/ddci\/meta\.[0-9a-f]+\.json$/, async (route) => {
    const response = await route.fetch();
    const meta = (await response.json()) as {sources: MetaSource[]};
    const real = meta.sources.find((s) => !s.sample)!;
    real.sourceUrl = SCRIPT_SOURCE;
    meta.sources.push({...real, file: "ddci-2022-so-noi-vu.xlsx", sourceUrl: WORDS_SOURCE});
    await route.fulfill({response, json: meta});
  });
  await page.goto(`${site.url}${path}`, {waitUntil: "load"});
  await page.waitForLoadState("networkidle");
  return {page, dialogs, errors, close: () => context.close()};
}

describe("source addresses from data", () => {
  const site = useSite();

  test("/ddci shows a script or a sentence as a source as text, and links neither", async () => {
    const {page, dialogs, errors, close} = await openHostile(site, "/ddci");
    try {
      await page.waitForSelector("main svg");
      await expect.poll(() => page.locator(".ddci-real-note").innerText()).toContain(SCRIPT_SOURCE);
      expect(await page.locator(".ddci-real-note").innerText()).toContain(WORDS_SOURCE);
      const note = page.locator(".chart-source", {hasText: "ddci-2021-loc-ha.csv"}).first();
      expect(await note.innerText()).toContain(SCRIPT_SOURCE);
      expect(await note.innerText()).toContain(WORDS_SOURCE);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")).filter((h) => !/^(https?:|\?|\.|\/|#)/i.test(h ?? "")))).toEqual([]);
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("/methodology lists every dataset's sources, the non-addresses as text, with no error cell", async () => {
    const {page, dialogs, errors, close} = await openHostile(site, "/methodology");
    try {
      const table = page.getByTestId("methodology-sources");
      await table.waitFor();
      expect(await table.locator("tbody tr").count(), `one row per registered dataset (${DATASETS.map((d) => d.id).join(", ")})`).toBe(DATASETS.length);
      const ddciRow = table.locator('tbody tr:has(code:text-is("ddci"))');
      expect(await ddciRow.innerText()).toContain(SCRIPT_SOURCE);
      expect(await ddciRow.innerText()).toContain(WORDS_SOURCE);
      expect(await ddciRow.locator("a").count()).toBe(0);
      // the real PCI profile's address is still a link, shown by its host
      expect(await table.locator('a[href^="https://pcivietnam.vn"]').innerText()).toBe("pcivietnam.vn");
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
