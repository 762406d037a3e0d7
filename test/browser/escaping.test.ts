// Text from data files is always escaped: a unit whose name is an HTML payload shows as text on
// every page that names units, and nothing runs. The payload is injected into the built
// reference.json (and /'s overview.json) as it is served, so the pages are exactly the published ones.
import {describe, expect, test} from "vitest";
import {useSite} from "./builtSite.ts";

const PAYLOAD = "<img src=x onerror=alert(1)>";

describe("unit names from data are escaped", () => {
  const site = useSite();

  test.each(["/", "/communes?view=old&units=18598", "/communes/18598", "/online-services?view=old"])("%s shows the payload as text", async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route(/\/_file\/data\/reference\.[0-9a-f]+\.json$/, async (route) => {
      const response = await route.fetch();
      const reference = (await response.json()) as {units: {id: string; name: string}[]};
      for (const unit of reference.units) if (unit.id === "18598") unit.name = PAYLOAD;
      await route.fulfill({response, json: reference});
    });
    // / reads its names from the small overview file (the names written at build time are escaped by the page loader, tested in test/loaders/overview)
    await page.route(/\/_file\/data\/overview\.[0-9a-f]+\.json$/, async (route) => {
      const response = await route.fetch();
      const overview = (await response.json()) as {names: {vi: Record<string, string>}};
      overview.names.vi["xa-loc-ha-2025"] = PAYLOAD;
      await route.fulfill({response, json: overview});
    });
    try {
      await page.goto(`${site.url}${path}`, {waitUntil: "load"});
      await page.waitForLoadState("networkidle");
      await page.waitForSelector("main svg");
      await expect.poll(() => page.locator("main").innerText()).toContain(PAYLOAD);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
