// The commune pages in headless Chromium: /communes (compare communes) keeps every choice in the
// URL and restores it, finds units without diacritics, leaves missing months blank, marks the
// 2025 reorganisation and downloads what it shows; /communes/<id> links a commune to what it
// became. Both stay offline and log no errors.
import {readFile} from "node:fs/promises";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {openAndRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

const LINES = "main svg g[aria-label='line'] path";

const site = useSite();

/** The trend chart card, by its test id. */
const trendCard = (page: Page) => page.getByTestId("trend-card");
/** Titles of the lines drawn in the trend chart. */
const lineTitles = async (page: Page): Promise<string[]> => (await trendCard(page).locator("svg g[aria-label='line'] path title").allTextContents()).sort();
const search = (page: Page): string => new URL(page.url()).search;

describe("/communes: compare communes", () => {
  test("a shared URL opens that view; a change goes into the URL; back returns to the view before", async () => {
    const url = `${site.url}/communes/?units=18580,18583&indicator=online_share&from=2023-01&to=2024-12&grain=quarter&mode=change&view=new&lang=en`;
    const record = await openAndRecord(site.browser, url, {waitFor: LINES});
    const {page} = record;
    try {
      // the controls show the view in the URL
      await expect.poll(() => page.getByRole("radio", {name: "English"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "5 new communes (earlier data carried over)"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "Quarter"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "Change since start"}).isChecked()).toBe(true);
      expect(await page.getByLabel("From", {exact: true}).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe("Jan 2023");
      expect(await page.getByLabel("To", {exact: true}).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe("Dec 2024");
      const ticked = await page.locator(".unit-picker-item", {has: page.locator("input:checked")}).allTextContents();
      // in the new view, Thạch Kim (18580) and Thạch Châu (18583) stand for the communes they became
      expect(ticked.map((t) => t.trim())).toEqual(["Xã Lộc Hà", "Xã Mai Phụ (from Jul 2025)"]);
      // and so does the chart: the two communes and the area, by quarter, as changes
      await expect.poll(() => lineTitles(page)).toEqual(["Former Lộc Hà district area", "Xã Lộc Hà", "Xã Mai Phụ (from Jul 2025)"]);
      expect(await trendCard(page).locator("h2").innerText()).toContain("Dossiers submitted online over time");
      expect(await trendCard(page).locator("figure").first().textContent()).toContain("Change (pp)");
      const periods = await trendCard(page).locator("details tbody tr td:first-child").allTextContents();
      expect(periods).toEqual(["Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]);

      // a change of control is written to the URL (the other choices kept)
      await page.getByRole("radio", {name: "Year"}).check();
      await expect.poll(() => search(page)).toContain("grain=year");
      expect(search(page)).toContain("units=18580,18583");
      expect(search(page)).toContain("view=new");
      await expect.poll(() => trendCard(page).locator("details tbody tr td:first-child").allTextContents()).toEqual(["2023", "2024"]);

      // the table's sort is a choice too
      await page.locator(".sortable-table th button", {hasText: "Unit"}).click();
      await expect.poll(() => search(page)).toContain("sort=unit");

      // back: the sort, then the grain as it was
      await page.goBack();
      await expect.poll(() => search(page)).not.toContain("sort=");
      await page.goBack();
      await expect.poll(() => search(page)).toContain("grain=quarter");
      await expect.poll(() => page.getByRole("radio", {name: "Quarter"}).isChecked()).toBe(true);
      await expect.poll(() => trendCard(page).locator("details tbody tr td:first-child").count()).toBe(8);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("finds communes without diacritics, and shows names as text", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/`, {waitFor: LINES});
    const {page} = record;
    try {
      const box = page.locator(".unit-picker input[type='search']");
      const shown = async (): Promise<string[]> => (await page.locator(".unit-picker-item:visible").allTextContents()).map((t) => t.trim());
      await box.fill("thach kim");
      await expect.poll(shown).toEqual(["Xã Thạch Kim"]);
      await box.fill("ho do");
      await expect.poll(shown).toEqual(["Xã Hộ Độ"]);
      await box.fill("dong kinh");
      await expect.poll(shown).toEqual(["Xã Đông Kinh"]);
      // ticking a found commune adds its line
      await box.fill("dong kinh");
      await page.locator(".unit-picker-item:visible input").check();
      await expect.poll(() => lineTitles(page)).toContain("Xã Đông Kinh");
      await expect.poll(() => search(page)).toContain("xa-dong-kinh-2025");
      // names are set as text: no element made from a name
      expect(await page.locator(".unit-picker-item img, .unit-picker-item script").count()).toBe(0);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("leaves a missing month blank and marks the 2025 reorganisation on the time axis", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/?units=18598,18568`, {waitFor: LINES});
    const {page} = record;
    try {
      // Xã Hộ Độ sent no report for 2023-08 in the sample: its line has two segments
      const hoDo = trendCard(page).locator("svg g[aria-label='line'] path", {has: page.locator("title", {hasText: /^Xã Hộ Độ$/})});
      await expect.poll(async () => (await hoDo.getAttribute("d"))?.match(/M/g)?.length).toBe(2);
      const locHa = trendCard(page).locator("svg g[aria-label='line'] path", {has: page.locator("title", {hasText: /^Thị trấn Lộc Hà$/})});
      expect((await locHa.getAttribute("d"))?.match(/M/g)?.length).toBe(1);
      // the table under the chart says so too
      const row = trendCard(page).locator("details tbody tr", {has: page.locator("td:first-child", {hasText: /^T8\/2023$/})});
      expect((await row.locator("td").allTextContents())[1]).toBe("–");
      expect(await trendCard(page).locator("svg text", {hasText: "Sắp xếp ĐVHC 01/7/2025"}).count()).toBe(1);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("downloads the chart's data as CSV (Vietnamese names, missing as empty) and the chart as PNG and SVG", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/?units=18598`, {waitFor: LINES});
    const {page} = record;
    try {
      const toolbar = trendCard(page).locator(".download-buttons");
      const download = async (label: string) => {
        const [file] = await Promise.all([page.waitForEvent("download", {timeout: 10_000}), toolbar.getByRole("button", {name: label, exact: true}).click()]);
        return {name: file.suggestedFilename(), bytes: await readFile((await file.path())!)};
      };
      const csv = await download("Tải dữ liệu CSV");
      expect(csv.name).toBe("xu-huong-online-share-old-month-2021-01-2026-10.csv");
      const text = csv.bytes.toString("utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads it as UTF-8
      const lines = text.slice(1).split("\r\n");
      // downloads.js appends the source (here read from the card's source line) as the last column
      expect(lines[0]).toBe("Đơn vị,Mã đơn vị,Kỳ,Chỉ số,Giá trị (tỷ lệ 0–1),Tử số,Mẫu số,Số liệu một phần,Dữ liệu mẫu,Nguồn");
      expect(lines.some((l) => l.startsWith("Xã Hộ Độ,18598,T8/2023,Tỷ lệ hồ sơ tiếp nhận trực tuyến,,,,không,có,báo cáo"))).toBe(true);
      expect(lines.some((l) => /^Toàn địa bàn huyện Lộc Hà cũ,448,T1\/2021,Tỷ lệ hồ sơ tiếp nhận trực tuyến,0\.\d+,\d+,\d+,không,có,báo cáo[^,]+$/.test(l))).toBe(true);
      // January–June 2025: Huyện Lộc Hà no longer existed (merged into Thạch Hà), the area's 12 communes are still summed
      expect(lines.some((l) => /^Toàn địa bàn huyện Lộc Hà cũ,448,T3\/2025,Tỷ lệ hồ sơ tiếp nhận trực tuyến,0\.\d+,\d+,\d+,không,có,báo cáo[^,]+$/.test(l))).toBe(true);

      const png = await download("Tải ảnh PNG");
      expect(png.name).toMatch(/\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const svg = await download("Tải ảnh SVG");
      expect(svg.name).toMatch(/\.svg$/);
      const svgText = svg.bytes.toString("utf8");
      expect(svgText.startsWith("<?xml")).toBe(true);
      expect(svgText).toContain("Xã Hộ Độ");
      expect(svgText).toContain("Sắp xếp ĐVHC 01/7/2025");
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });
});

describe("/communes/<id>: one commune", () => {
  test("a former commune's page shows its indicators and links to the commune it became", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/18580`, {waitFor: LINES});
    const {page} = record;
    try {
      await expect.poll(() => page.locator("main h1").innerText()).toContain("Xã Thạch Kim");
      const link = page.locator(".lineage-successor a", {hasText: /^Xã Lộc Hà$/});
      expect(new URL((await link.getAttribute("href"))!, page.url()).pathname).toBe("/communes/xa-loc-ha-2025");
      // every TTHC indicator has its chart against the district, and there is a rank grid
      expect(await page.locator(".indicator-card").count()).toBe(6);
      expect(await page.locator(".indicator-card svg g[aria-label='line'] path title", {hasText: /^Toàn địa bàn huyện Lộc Hà cũ$/}).count()).toBe(5);
      await expect.poll(() => page.locator(".strengths").innerText()).toMatch(/hạng \d+\/12/);
      expect(await page.locator(".print-footer").count()).toBe(1);
      expectClean(record, site.url);

      await link.click();
      await page.waitForURL(/\/communes\/xa-loc-ha-2025$/);
      await expect.poll(() => page.locator("main h1").innerText()).toContain("Xã Lộc Hà");
      const from = await page.locator(".lineage-predecessors a").allTextContents();
      expect(from.sort()).toEqual(["Thị trấn Lộc Hà", "Xã Bình An", "Xã Thạch Kim", "Xã Thịnh Lộc"].sort());
    } finally {
      await record.close();
    }
  });

  test("a new commune formed partly from outside Lộc Hà says its earlier figures are partial", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/xa-dong-kinh-2025?lang=en`, {waitFor: LINES});
    const {page} = record;
    try {
      await expect.poll(() => page.locator(".lineage").innerText()).toContain("partial");
      expect(await page.locator(".lineage-predecessors").innerText()).toContain("outside the former Lộc Hà district");
      expect(await page.locator(".lineage-predecessors a", {hasText: "Xã Ích Hậu"}).count()).toBe(1);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });
});
