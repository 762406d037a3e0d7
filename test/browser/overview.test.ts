// The overview page (/) in headless Chromium: it must run the library from src/ (Vietnamese
// formats), badge sample data, break lines at missing months and mark the reorganisation.
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {launchChromium, openAndRecord, type PageRecord} from "./chromium.ts";
import {serveDirectory} from "./staticServer.ts";

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

describe("overview page", () => {
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let record: PageRecord;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    record = await openAndRecord(browser, `${server.url}/`, {waitFor: "main svg g[aria-label='line'] path"});
  });
  afterAll(async () => {
    await record?.close();
    await browser?.close();
    await server?.close();
  });

  test("shows the sample badge next to the title and on every chart card", async () => {
    const badges = record.page.locator(".sample-badge", {hasText: "Dữ liệu mẫu"});
    expect(await badges.count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => badges.first().isVisible()).toBe(true);
  });

  test("formats periods and shares the Vietnamese way, with code from src/", async () => {
    const subtitle = await record.page.locator("p.subtitle").innerText();
    expect(subtitle).toContain("T1/2021 – T10/2026");
    const cells = await record.page.locator("main table td").allInnerTexts();
    expect(cells.some((t) => /^\d{1,3},\d%$/.test(t.trim()))).toBe(true);
    expect(cells.some((t) => /^\d{1,3}\.\d{3}$/.test(t.trim()) || /^\d{1,3}$/.test(t.trim()))).toBe(true);
    expect(cells.some((t) => /^\d+\.\d%$/.test(t.trim()))).toBe(false); // never an English decimal point
  });

  test("a month with no report breaks the line instead of drawing through it", async () => {
    // Xã Hộ Độ sent no report for 2023-08 in the sample: its line has two segments.
    const d = await record.page.locator("main svg g[aria-label='line'] path", {has: record.page.locator("title", {hasText: /^Xã Hộ Độ$/})}).getAttribute("d");
    expect(d).not.toBeNull();
    expect(d!.match(/M/g)?.length).toBe(2);
    const other = await record.page.locator("main svg g[aria-label='line'] path", {has: record.page.locator("title", {hasText: /^Thị trấn Lộc Hà$/})}).getAttribute("d");
    expect(other!.match(/M/g)?.length).toBe(1);
  });

  test("marks the 2025-07-01 reorganisation on the time axis", async () => {
    expect(await record.page.locator("main svg text", {hasText: "Sắp xếp ĐVHC 01/7/2025"}).count()).toBe(1);
  });

  test("the lineage view carries the five new communes back across the reorganisation", async () => {
    await record.page.getByLabel("5 xã, phường mới (quy đổi số liệu cũ)").check();
    await expect.poll(() => record.page.locator("main").innerText()).toContain("số liệu một phần");
    const titles = await record.page.locator("main svg g[aria-label='line'] path title").allTextContents();
    expect(titles.sort()).toEqual(["Phường Trần Phú", "Xã Đông Kinh", "Xã Hồng Lộc (từ T7/2025)", "Xã Lộc Hà", "Xã Mai Phụ (từ T7/2025)"].sort());
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
