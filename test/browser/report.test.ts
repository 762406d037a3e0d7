// Print: the overview fits one A4 page and commune pages print, as `npm run report` does it.
import {readFile} from "node:fs/promises";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {countPdfPages, launchForPrint, printPages} from "../../scripts/report/printPages.ts";
import {useSite} from "./builtSite.ts";

describe("printed reports", () => {
  const site = useSite(launchForPrint);
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "cchc-report-"));
  });
  afterAll(async () => {
    await rm(out, {recursive: true, force: true});
  });

  test("the overview prints to one A4 page and a commune page prints too", async () => {
    const [overview, commune] = await printPages(site.browser, site.url, ["/", "/communes/18580"], out);
    const pdf = await readFile(overview!.file);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(countPdfPages(pdf)).toBe(1);
    expect(overview!.file.endsWith("tong-quan.pdf")).toBe(true);
    expect(commune!.pages).toBeGreaterThanOrEqual(1);
  }, 120_000);

  test("in print the controls are hidden and the footer names sources and the data date", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}/`, {waitUntil: "load"});
      await page.waitForSelector("main svg");
      await page.emulateMedia({media: "print"});
      expect(await page.locator("main form").first().isVisible()).toBe(false);
      expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      const footer = page.locator(".print-footer");
      expect(await footer.isVisible()).toBe(true);
      const text = await footer.innerText();
      expect(text).toContain("T10/2026");
      expect(text).toContain("DỮ LIỆU MẪU");
    } finally {
      await page.close();
    }
  });
});
