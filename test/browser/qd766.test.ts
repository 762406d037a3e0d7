// The QĐ 766 page (/qd766) in headless Chromium: official scores badged as sample, the estimate
// labelled as such, and the drill-down whose dossier counts add up to the indicator's count.
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

const SENTENCE = "main .qd766-sentence";
const count = (text: string): number => Number(text.replace(/\./g, "").trim());

describe("QĐ 766 page", () => {
  const site = useSite();
  let record: PageRecord;
  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}/qd766?unit=xa-loc-ha-2025&month=all&formula=on_time`, {waitFor: SENTENCE});
  });
  afterAll(async () => {
    await record?.close();
  });

  test("loads cleanly, titled in Vietnamese, sample badged, the estimate labelled", async () => {
    expectClean(record, site.url);
    expect(await record.page.locator("main h1").innerText()).toContain("Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)");
    expect(await record.page.locator("main h1 .sample-badge").count()).toBe(1);
    expect(await record.page.locator("main .qd766-estimate h2").innerText()).toContain("ước tính từ dữ liệu hồ sơ");
  });

  for (const formula of ["on_time", "online", "digitised"]) {
    test(`the drill-down's dossier counts add up to the indicator's count (${formula})`, async () => {
      await record.page.goto(`${site.url}/qd766?unit=xa-loc-ha-2025&month=all&formula=${formula}`);
      const sentence = record.page.locator(SENTENCE);
      await sentence.waitFor();
      expect(await sentence.getAttribute("data-formula")).toBe(formula);
      const failing = count((await sentence.getAttribute("data-failing")) ?? "");
      expect(failing).toBeGreaterThan(0);
      for (const table of ["qd766-by-procedure", "qd766-by-field", "qd766-by-month"]) {
        const cells = await record.page.locator(`main .${table} td.qd766-failing`).allInnerTexts();
        expect(cells.reduce((s, t) => s + count(t), 0), table).toBe(failing);
      }
      // and the indicator's count is the one in the estimate table (denominator − numerator)
      const dossiers = await record.page.locator(`main .qd766-estimate tr.qd766-estimate-${formula} td`).nth(1).innerText();
      const [num, den] = dossiers.split("/").map(count) as [number, number];
      expect(den - num).toBe(failing);
    });
  }

  test("/ has a card with each commune's latest official score and rank, badged, linking here", async () => {
    const home = await openAndRecord(site.browser, `${site.url}/`, {waitFor: "main .qd766-card"});
    try {
      const card = home.page.locator("main .qd766-card:visible"); // the English copy is in the HTML too, hidden
      expect(await card.locator("h2").innerText()).toMatch(/Chỉ số phục vụ \(QĐ 766\), T10\/2026/);
      expect(await card.locator("h2 .sample-badge").count()).toBe(1);
      expect(await card.locator("tr").count()).toBe(5);
      expect(await card.locator("tr").first().innerText()).toMatch(/\d+,\d{2}\s+hạng \d+\/25/);
      expect(await card.locator("a[href$='qd766']").count()).toBe(1);
      // commune names link to their pages
      expect(await card.locator("a[href*='communes/']").count()).toBe(5);
      expectClean(home, site.url);
    } finally {
      await home.close();
    }
  });
});
