// The communication plan page (/plan) in headless Chromium, on the 2024 sample: every task with
// its status as of a date from the URL, the district radio's 37 of 48 issues, one matrix row per
// commune, the plan's peaks on the time charts, English, and no errors or outside requests.
import type {Page} from "playwright-core";
import {afterAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

const TASK_ROWS = "main table.plan-tasks tbody tr";
const STATUS_WORDS = ["Hoàn thành", "Đúng tiến độ", "Chậm tiến độ", "Chưa triển khai"];

/** Each task's number and status (data-status) as the page shows them. */
async function taskStatuses(page: Page): Promise<Record<string, string>> {
  const rows = page.locator(TASK_ROWS);
  const out: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out[(await row.getAttribute("data-task")) ?? "?"] = (await row.getAttribute("data-status")) ?? "?";
  }
  return out;
}

describe("communication plan page", () => {
  const site = useSite();
  const records: PageRecord[] = [];
  const open = async (path: string): Promise<PageRecord> => {
    const record = await openAndRecord(site.browser, `${site.url}${path}`, {waitFor: `${TASK_ROWS}[data-task='14']`});
    records.push(record);
    return record;
  };

  afterAll(async () => {
    for (const r of records) await r.close();
  });

  test("shows the 14 tasks with a status in words, as of the end of the 2024 plan, badged sample", async () => {
    const {page} = await open("/plan?year=2024");
    const rows = page.locator(TASK_ROWS);
    expect(await rows.count()).toBe(14);
    const numbers = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent?.trim()));
    expect(numbers).toEqual(Array.from({length: 14}, (_, i) => String(i + 1)));
    for (const word of await rows.locator("td .status-badge .status-label").allTextContents()) {
      expect(STATUS_WORDS.some((w) => word.startsWith(w)), word).toBe(true);
    }
    // a past plan opens at its last day
    expect(await page.locator("p.subtitle .plan-asof").innerText()).toBe("31/12/2024");
    expect(await page.locator("input[type=date]").inputValue()).toBe("2024-12-31");
    expect(await page.locator(".sample-badge", {hasText: "Dữ liệu mẫu"}).count()).toBeGreaterThanOrEqual(5);
  });

  test("the district radio task shows 37/48 issues and is behind at the end of 2024", async () => {
    const {page} = await open("/plan?year=2024");
    const radio = page.locator(`${TASK_ROWS}[data-task='13']`);
    expect(await radio.innerText()).toContain("37/48");
    expect(await radio.getAttribute("data-status")).toBe("behind");
    expect(await radio.locator(".status-badge").innerText()).toContain("Chậm tiến độ");
  });

  test("the as-of date in the URL changes the statuses; the date field writes the URL and Back restores it", async () => {
    const end = await taskStatuses((await open("/plan?year=2024")).page);
    const {page} = await open("/plan?year=2024&asof=2024-06-30");
    expect(await page.locator("p.subtitle .plan-asof").innerText()).toBe("30/6/2024");
    const june = await taskStatuses(page);
    expect(june).not.toEqual(end);
    // task 2 (every month, all reported) is done at year end and only on track in June;
    // the Q3 contest (task 3) is not yet due in June
    expect(end["2"]).toBe("done");
    expect(june["2"]).toBe("on-track");
    expect(june["3"]).toBe("on-track");
    expect(await page.locator(`${TASK_ROWS}[data-task='13']`).innerText()).not.toContain("37/48");

    await page.locator("input[type=date]").fill("2024-09-30");
    await expect.poll(() => page.url()).toContain("asof=2024-09-30");
    await expect.poll(() => page.locator("p.subtitle .plan-asof").innerText()).toBe("30/9/2024");
    expect(await taskStatuses(page)).not.toEqual(june);
    await page.goBack();
    await expect.poll(() => page.locator("p.subtitle .plan-asof").innerText()).toBe("30/6/2024");
    expect(await page.locator("input[type=date]").inputValue()).toBe("2024-06-30");
  });

  test("a date outside the plan falls back to the plan's default day", async () => {
    const {page} = await open("/plan?year=2024&asof=2031-02-30");
    expect(await page.locator("p.subtitle .plan-asof").innerText()).toBe("31/12/2024");
    expect(page.url()).not.toContain("asof=");
  });

  test("the matrix has one row per commune of 2024 (12) and says in words which commune is behind", async () => {
    const {page} = await open("/plan?year=2024");
    const rows = page.locator("main table.plan-matrix tbody tr");
    expect(await rows.count()).toBe(12);
    expect(await rows.first().locator("td").count()).toBe(3);
    const behind = rows.filter({has: page.locator("td[data-status='behind']")});
    expect(await behind.count()).toBeGreaterThan(0);
    expect(await behind.first().innerText()).toContain("Chậm tiến độ");
    expect(await behind.first().innerText()).toMatch(/Thiếu: /);
    // the summary names the same communes
    const names = await behind.locator("th").allInnerTexts();
    const summary = await page.locator(".plan-summary").innerText();
    for (const name of names) expect(summary).toContain(name.replace(/\s+/g, " ").trim());
  });

  test("the plan's peaks (the Q3 contest, October's month of action) are marked on the time charts", async () => {
    const {page} = await open("/plan?year=2024");
    await page.locator("main figure svg").first().waitFor();
    for (const peak of ["Cuộc thi viết sáng kiến về cải cách hành chính", "Tháng hành động vì sự phát triển của doanh nghiệp"]) {
      expect(await page.locator(`main figure svg rect[aria-label*='${peak}']`).count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator("main figure figcaption", {hasText: peak}).count()).toBe(2);
    }
    // the targets chart draws its 100% line and one labelled row per target
    expect(await page.locator("main figure svg g[aria-label='rule']").count()).toBeGreaterThan(0);
    expect(await page.locator("main table.plan-targets tbody tr").count()).toBe(13);
  });

  test("switches to English from the URL and back with the language control", async () => {
    const {page} = await open("/plan?year=2024&asof=2024-09-30&lang=en");
    expect(await page.locator("main h1").innerText()).toContain("communication plan");
    expect(await page.locator("p.subtitle .plan-asof").innerText()).toBe("30 Sep 2024");
    expect(await page.locator(`${TASK_ROWS}[data-task='13']`).innerText()).toMatch(/27\/48 items/);
    expect(await page.locator(".sample-badge", {hasText: "Sample data"}).count()).toBeGreaterThan(0);
    await page.getByLabel("Tiếng Việt").check();
    await expect.poll(() => page.locator("main h1").innerText()).toContain("Theo dõi kế hoạch");
    expect(page.url()).not.toContain("lang=");
    expect(page.url()).toContain("asof=2024-09-30");
  });

  test("logs no errors and requests nothing outside the site", async () => {
    const record = await open("/plan?year=2024&asof=2024-09-30&lang=en");
    await record.page.waitForLoadState("networkidle");
    await record.page.waitForTimeout(250);
    for (const r of records) {
      expectClean(r, site.url);
    }
  });
});
