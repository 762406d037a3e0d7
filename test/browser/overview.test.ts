// The overview page (/) in headless Chromium: it must run the library from src/ (Vietnamese
// formats), badge sample data, show the leaders' cards written at build time, break lines at missing months,
// mark the reorganisation, fetch only the small overview data and keep its view in the URL.
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {statSync} from "node:fs";
import {join} from "node:path";
import {DIST, useSite} from "./builtSite.ts";

const LINES = "main svg g[aria-label='line'] path";

describe("overview page", () => {
  const site = useSite();
  let record: PageRecord;
  const open = (path: string) => openAndRecord(site.browser, `${site.url}${path}`, {waitFor: LINES});
  beforeAll(async () => {
    record = await open("/");
  });
  afterAll(async () => {
    await record?.close();
  });

  test("shows a card per headline figure with Vietnamese formats from src/", async () => {
    const cards = record.page.locator(".headline-card");
    expect(await cards.count()).toBe(7);
    const values = await record.page.locator(".headline-card .headline-value").allInnerTexts();
    expect(values.slice(0, 5).every((v) => /^\d{1,3},\d%$/.test(v.trim()))).toBe(true);
    const changes = await record.page.locator(".headline-changes dd").allInnerTexts();
    expect(changes.some((t) => /^[+-]\d+,\d điểm %$/.test(t.trim()))).toBe(true);
    expect(await record.page.locator("p.subtitle").innerText()).toContain("T10/2026");
  });

  test("the PCI card shows Hà Tĩnh's real rank and that the 2023 total is not published", async () => {
    const pci = record.page.locator(".headline-card", {hasText: "PCI"});
    const text = await pci.innerText();
    expect(text).toMatch(/Hạng \d+\/63/);
    expect(text).toContain("2023: chưa công bố tổng điểm");
    expect(await pci.locator(".sample-badge").count()).toBe(0); // real data: no sample badge
  });

  test("badges sample figures", async () => {
    const badges = record.page.locator(".sample-badge", {hasText: "Dữ liệu mẫu"});
    expect(await badges.count()).toBeGreaterThanOrEqual(4);
  });

  test("marks the 2025-07-01 reorganisation and carries the five new communes across it", async () => {
    expect(await record.page.locator("main svg text", {hasText: "Sắp xếp ĐVHC 01/7/2025"}).count()).toBe(1);
    const titles = await record.page.locator(`${LINES} title`).allTextContents();
    expect(titles.sort()).toEqual(["Phường Trần Phú", "Xã Đông Kinh", "Xã Hồng Lộc (từ T7/2025)", "Xã Lộc Hà", "Xã Mai Phụ (từ T7/2025)"].sort());
    expect(await record.page.locator("main").innerText()).toContain("số liệu một phần");
  });

  test("a month with no report breaks the line instead of drawing through it", async () => {
    // Xã Hộ Độ sent no report for 2023-08 in the sample: Phường Trần Phú, which it became part of, has a gap there.
    const path = (name: RegExp) => record.page.locator(LINES, {has: record.page.locator("title", {hasText: name})});
    expect((await path(/^Phường Trần Phú$/).getAttribute("d"))!.match(/M/g)!.length).toBeGreaterThanOrEqual(2);
    const table = record.page.locator("details", {hasText: "Bảng số liệu của biểu đồ"}).last();
    expect(await table.locator("tr", {hasText: "T8/2023"}).locator("td").nth(2).textContent()).toBe("–");
  });

  test("the title, the sentence and the headline figures are in the HTML written at build time", async () => {
    const response = await fetch(`${site.url}/`);
    const text = await response.text();
    expect(text).toMatch(/<h1>Cải cách hành chính Lộc Hà: tổng quan/);
    expect(text).toMatch(/Tháng \d{1,2}\/\d{4}: \d{1,3},\d% hồ sơ nộp trực tuyến, (tăng|giảm) \d+,\d điểm % so với cùng kỳ; Xã [^<]+ (giảm|tăng) mạnh nhất/);
    expect(text.match(/class="headline-value"[^>]*>\d{1,3},\d%</g)).toHaveLength(5);
    // the sentence the page shows is the one written at build time
    expect(await record.page.locator(".overview-sentence").innerText()).toMatch(/^Tháng 10\/2026: /);
  });

  test("fetches at most 150 kB of data: the small overview file, not the observations", async () => {
    const data = record.requests.filter((url) => new URL(url).pathname.startsWith("/_file/data/"));
    expect(data.map((url) => new URL(url).pathname.replace(/\.[0-9a-f]{8}\./, "."))).toEqual(["/_file/data/overview.json"]);
    const bytes = data.reduce((n, url) => n + statSync(join(DIST, new URL(url).pathname)).size, 0);
    expect(bytes).toBeLessThanOrEqual(150_000);
  });

  test("commune names in the rankings link to their commune pages", async () => {
    const links = record.page.locator("table.movers a, .qd766-card a[href*='communes/']");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/\/communes\/[^/]+$/);
      expect((await fetch(href)).status).toBe(200);
    }
  });

  test("the chosen indicator goes into the URL and back restores the previous one", async () => {
    const page = record.page;
    await page.locator("form").getByLabel("Chỉ số", {exact: true}).selectOption({label: "Tỷ lệ hồ sơ giải quyết đúng hạn"});
    await expect.poll(() => page.url()).toContain("indicator=on_time_share");
    await expect.poll(() => page.locator("main h2", {hasText: "Xếp hạng các xã"}).innerText()).toContain("đúng hạn");
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("indicator=");
    const chosen = () => page.locator("form").getByLabel("Chỉ số", {exact: true}).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    await expect.poll(chosen).toBe("Tỷ lệ hồ sơ tiếp nhận trực tuyến");
  });

  test("switches to English with ?lang=en", async () => {
    const en = await open("/?lang=en");
    try {
      expect(await en.page.locator("h1").innerText()).toContain("Administrative reform in Lộc Hà");
      const values = await en.page.locator(".headline-card .headline-value").allInnerTexts();
      expect(values.some((v) => /^\d{1,3}\.\d%$/.test(v.trim()))).toBe(true);
    } finally {
      await en.close();
    }
  });

  test("no console errors or page errors", () => {
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
