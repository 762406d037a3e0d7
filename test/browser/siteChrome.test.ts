// The frame around the pages (issue #13): Vietnamese by default with lang="vi" and Vietnamese
// tooltips; ?lang=en puts the title, sidebar, pager, footer and <title> into English and keeps
// lang=en on every link, so following one stays in English; a skip link is the first stop of the
// keyboard; and "Xã của tôi" in the sidebar takes a phone user to a present commune's page.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {siteChrome} from "../../src/views/siteChrome.ts";
import {DIST, expectClean, useSite} from "./builtSite.ts";
import {openAndRecord} from "./chromium.ts";
import {pagesToCheck, presentCommunes, settle} from "./sitePages.ts";

const {area} = await loadReference();
if (area === null) throw new Error("data/reference/area.json is missing");
const VI = siteChrome("vi", {shortName: area.shortName.vi, name: area.name.vi});
const EN = siteChrome("en", {shortName: area.shortName.en, name: area.name.en});
const PAGES = await pagesToCheck();

/** Every link on the page to another page of the site that does not carry lang=en. */
const LINKS_WITHOUT_LANG = `Array.from(document.querySelectorAll("a[href]"))
  .map((a) => new URL(a.href))
  .filter((u) => u.origin === location.origin && !u.pathname.includes("/_") && !/\\.(?!html$)[a-z0-9]+$/i.test(u.pathname))
  .filter((u) => !(u.pathname === location.pathname && u.search === location.search && u.hash !== ""))
  .filter((u) => u.searchParams.get("lang") !== "en" && u.searchParams.get("lang") !== "vi")
  .map((u) => u.pathname + u.search + u.hash)`;

describe("the site's frame: language, links, skip link, 'Xã của tôi'", () => {
  const site = useSite();

  test("every built page says it is Vietnamese and starts with the skip link, before any script runs", () => {
    for (const path of PAGES) {
      const rel = path === "/" ? "index.html" : path.endsWith("/") ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
      const html = readFileSync(join(DIST, rel), "utf8");
      expect(html, path).toContain('<html lang="vi">');
      expect(html, path).toMatch(new RegExp(`<body>\\s*<a class="skip-link" href="#observablehq-main">${VI.skipLink}</a>`));
    }
  });

  test("without ?lang the frame is Vietnamese, Framework's tooltips included", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/pci`, {waitFor: "main"});
    try {
      await settle(record.page);
      const page = record.page;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
      expect(await page.title()).toBe(`${VI.pages["/pci"]} | ${VI.title}`);
      expect(await page.locator("#observablehq-sidebar > ol").first().locator("a").first().innerText()).toBe(VI.title);
      const titles = await page.locator("[title]").evaluateAll((els) => els.map((el) => el.getAttribute("title") ?? ""));
      expect(titles.filter((t) => /toggle|sidebar/i.test(t))).toEqual([]);
      expect(await page.locator("#observablehq-sidebar-toggle").getAttribute("title")).toContain(VI.toggleSidebar("").slice(0, 10));
      expect(await page.locator("#observablehq-footer").innerText()).toContain(VI.footer);
      const pagerWords = await page.locator("#observablehq-footer nav a").evaluateAll((links) => links.map((a) => getComputedStyle(a, "::before").content));
      expect(pagerWords).toEqual([`"${VI.previousPage}"`, `"${VI.nextPage}"`]);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("?lang=en: <html lang>, title, sidebar, pager and footer in English, and every link keeps lang=en", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/pci?lang=en`, {waitFor: "main"});
    try {
      await settle(record.page);
      const page = record.page;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.title()).toBe(`${EN.pages["/pci"]} | ${EN.title}`);
      const sidebar = await page.locator("#observablehq-sidebar").innerText();
      for (const path of ["/", "/communes/", "/postal", "/methodology"]) expect(sidebar).toContain(EN.pages[path]);
      for (const path of ["/communes/", "/postal", "/methodology"]) expect(sidebar).not.toContain(VI.pages[path]);
      expect(sidebar).toContain(EN.myCommune);
      expect(sidebar).toContain(EN.title);
      // Framework writes "Previous page" / "Next page" as CSS content; style.css picks them by <html lang>.
      const pagerWords = await page.locator("#observablehq-footer nav a").evaluateAll((links) =>
        links.map((a) => getComputedStyle(a, "::before").content.replace(/^"|"$/g, "") + ": " + a.textContent)
      );
      expect(pagerWords).toEqual([`${EN.previousPage}: ${EN.pages["/postal"]}`, `${EN.nextPage}: ${EN.pages["/ddci"]}`]);
      expect(await page.locator("#observablehq-footer").innerText()).toContain(EN.footer);
      expect(await page.locator("#observablehq-sidebar-toggle").getAttribute("title")).toContain(EN.toggleSidebar("").slice(0, 10));
      expect(await page.evaluate(LINKS_WITHOUT_LANG)).toEqual([]);
      expectClean(record, site.url);

      // Following a sidebar link stays in English.
      await page.locator("#observablehq-sidebar a", {hasText: EN.pages["/postal"]}).first().click();
      await page.waitForURL(/\/postal\?lang=en$/);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.title()).toBe(`${EN.pages["/postal"]} | ${EN.title}`);
      expect(await page.evaluate(LINKS_WITHOUT_LANG)).toEqual([]);
    } finally {
      await record.close();
    }
  });

  test("?lang=en keeps lang=en on links drawn by the page itself (the overview's and a commune's)", async () => {
    const [commune] = await presentCommunes();
    for (const path of ["/", `/communes/${commune!.id}`, "/methodology"]) {
      const record = await openAndRecord(site.browser, `${site.url}${path}?lang=en`, {waitFor: "main"});
      try {
        await settle(record.page);
        expect(await record.page.evaluate(LINKS_WITHOUT_LANG), path).toEqual([]);
      } finally {
        await record.close();
      }
    }
  });

  test("the sidebar's language link opens the same page in the other language", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/plan`, {waitFor: "main"});
    try {
      await settle(record.page);
      await record.page.locator("#observablehq-sidebar a", {hasText: VI.otherLanguage.name}).click();
      await record.page.waitForURL(/\/plan\?lang=en$/);
      await settle(record.page);
      expect(await record.page.evaluate(() => document.documentElement.lang)).toBe("en");
      await record.page.locator("#observablehq-sidebar a", {hasText: EN.otherLanguage.name}).click();
      await record.page.waitForURL(/\/plan\?lang=vi$/);
      expect(await record.page.evaluate(() => document.documentElement.lang)).toBe("vi");
    } finally {
      await record.close();
    }
  });

  test("Framework's copy button on code blocks is named in the page's language", async () => {
    for (const [query, words] of [["", VI], ["?lang=en", EN]] as const) {
      const record = await openAndRecord(site.browser, `${site.url}/guide/add-source${query}`, {waitFor: "main"});
      try {
        await settle(record.page);
        const titles = await record.page.locator("button.observablehq-pre-copy").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("title")));
        expect(titles.length).toBeGreaterThan(0);
        expect(new Set(titles)).toEqual(new Set([words.copyCode]));
      } finally {
        await record.close();
      }
    }
  });

  test("the first Tab shows the skip link, and following it moves to the main content", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/`, {waitFor: "main"});
    try {
      const page = record.page;
      await settle(page);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({cls: document.activeElement?.className, text: document.activeElement?.textContent}));
      expect(focused).toEqual({cls: "skip-link", text: VI.skipLink});
      const box = await page.locator("a.skip-link").boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.height).toBeGreaterThan(10);
      await page.keyboard.press("Enter");
      expect(new URL(page.url()).hash).toBe("#observablehq-main");
    } finally {
      await record.close();
    }
  });

  test("'Xã của tôi' on a 390 px phone: open the sidebar, pick a present commune by keyboard, land on its page in English", async () => {
    const communes = await presentCommunes();
    expect(communes.length).toBeGreaterThan(0);
    const context = await site.browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, serviceWorkers: "block"});
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/?lang=en`, {waitUntil: "load"});
      await settle(page);
      const section = page.locator("#observablehq-sidebar details", {hasText: EN.myCommune});
      const links = section.locator("a");
      expect(await links.allTextContents()).toEqual(communes.map((c) => c.name));
      // Behind the toggle on a phone until opened.
      expect(await links.first().isVisible()).toBe(false);
      await page.locator("#observablehq-sidebar-toggle").click();
      await expect.poll(() => links.last().isVisible()).toBe(true);
      const target = communes[communes.length - 1]!;
      await links.last().focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`/communes/${target.id}\\?lang=en$`));
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.title()).toContain(target.name);
    } finally {
      await context.close();
    }
  });
});
