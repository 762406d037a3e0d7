// The overview page (/) in headless Chromium: it must run the library from src/ (Vietnamese
// formats), badge sample data, show the leaders' cards, break lines at missing months, mark the
// reorganisation and keep its view in the URL.
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {useSite} from "./builtSite.ts";

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

  test("a month with no report breaks the line instead of drawing through it (old units, from the URL)", async () => {
    const old = await open("/?view=old");
    try {
      // Xã Hộ Độ sent no report for 2023-08 in the sample: its line has two segments.
      const path = (name: RegExp) => old.page.locator(LINES, {has: old.page.locator("title", {hasText: name})});
      expect((await path(/^Xã Hộ Độ$/).getAttribute("d"))!.match(/M/g)?.length).toBe(2);
      expect((await path(/^Thị trấn Lộc Hà$/).getAttribute("d"))!.match(/M/g)?.length).toBe(1);
      expect(await old.page.getByLabel("12 xã, thị trấn cũ (đến 6/2025) và xã mới").isChecked()).toBe(true);
      expect(old.consoleErrors).toEqual([]);
    } finally {
      await old.close();
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
