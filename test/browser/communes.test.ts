// The commune pages in headless Chromium: /communes (compare communes) opens on today's units and
// the latest period, keeps every choice in the URL and restores it, finds units without
// diacritics, leaves missing months blank, says why a range is empty, keeps each commune's colour,
// marks the 2025 reorganisation and downloads what it shows; /communes/<id> answers with
// year-to-date figures and links a commune to what it became. Both stay offline and log no errors.
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
/** Opens every table under a chart in `card` (they are built when first opened), then gives the table rows' cells. */
const tableCells = async (card: ReturnType<Page["getByTestId"]>, column = 0): Promise<string[]> => {
  await card.locator("details.table-details").evaluateAll((all) => all.forEach((d) => void ((d as HTMLDetailsElement).open = true)));
  await card.locator("details.table-details tbody").first().waitFor({state: "attached"});
  return card.locator(`details tbody tr td:nth-child(${column + 1})`).allTextContents();
};

describe("/communes: compare communes", () => {
  test("a shared URL opens that view; a change goes into the URL; back returns to the view before", async () => {
    const url = `${site.url}/communes/?units=18580,18583&indicator=online_share&from=2023-01&to=2024-12&grain=quarter&mode=change&view=new&lang=en`;
    const record = await openAndRecord(site.browser, url, {waitFor: LINES});
    const {page} = record;
    try {
      // the controls show the view in the URL
      await expect.poll(() => page.getByRole("radio", {name: "English"}).isChecked()).toBe(true);
      expect(await page.getByLabel("Units", {exact: true}).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe("5 communes of today (earlier data carried over)");
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
      const periods = await tableCells(trendCard(page));
      expect(periods).toEqual(["Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]);

      // a change of control is written to the URL (the other choices kept)
      await page.getByRole("radio", {name: "Year"}).check();
      await expect.poll(() => search(page)).toContain("grain=year");
      expect(search(page)).toContain("units=18580,18583");
      expect(search(page)).toContain("view=new");
      await expect.poll(() => tableCells(trendCard(page))).toEqual(["2023", "2024"]);

      // the table's sort is a choice too
      await page.locator(".sortable-table th button", {hasText: "Unit"}).click();
      await expect.poll(() => search(page)).toContain("sort=unit");

      // back: the sort, then the grain as it was
      await page.goBack();
      await expect.poll(() => search(page)).not.toContain("sort=");
      await page.goBack();
      await expect.poll(() => search(page)).toContain("grain=quarter");
      await expect.poll(() => page.getByRole("radio", {name: "Quarter"}).isChecked()).toBe(true);
      await expect.poll(async () => (await tableCells(trendCard(page))).length).toBe(8);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("finds communes without diacritics, and shows names as text", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/?view=old`, {waitFor: LINES});
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
    const record = await openAndRecord(site.browser, `${site.url}/communes/?units=18598,18568&view=old&from=2021-01`, {waitFor: LINES});
    const {page} = record;
    try {
      // Xã Hộ Độ sent no report for 2023-08 in the sample: its line has two segments
      const hoDo = trendCard(page).locator("svg g[aria-label='line'] path", {has: page.locator("title", {hasText: /^Xã Hộ Độ$/})});
      await expect.poll(async () => (await hoDo.getAttribute("d"))?.match(/M/g)?.length).toBe(2);
      const locHa = trendCard(page).locator("svg g[aria-label='line'] path", {has: page.locator("title", {hasText: /^Thị trấn Lộc Hà$/})});
      expect((await locHa.getAttribute("d"))?.match(/M/g)?.length).toBe(1);
      // the table under the chart says so too
      await tableCells(trendCard(page));
      const row = trendCard(page).locator("details tbody tr", {has: page.locator("td:first-child", {hasText: /^T8\/2023$/})});
      expect((await row.locator("td").allTextContents())[1]).toBe("–");
      expect(await trendCard(page).locator("svg text", {hasText: "Sắp xếp ĐVHC 01/7/2025"}).count()).toBe(1);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("downloads the chart's data as CSV (Vietnamese names, missing as empty) and the chart as PNG and SVG", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/?units=18598&view=old&from=2021-01`, {waitFor: LINES});
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
      // headers in the page's language, the rate as the percentage shown, with its numerator and denominator
      // (the downloads component appends the source and the sample flag)
      expect(lines[0]).toBe("Đơn vị,Mã đơn vị,Kỳ,Chỉ số,Giá trị (%),Tử số,Mẫu số,Số liệu một phần,Nguồn,Dữ liệu mẫu");
      expect(lines.some((l) => l.startsWith("Xã Hộ Độ,18598,T8/2023,Tỷ lệ hồ sơ tiếp nhận trực tuyến,,,,không"))).toBe(true);
      expect(lines.some((l) => /^Toàn địa bàn huyện Lộc Hà cũ,448,T1\/2021,Tỷ lệ hồ sơ tiếp nhận trực tuyến,\d{1,3}(\.\d)?,\d+,\d+,không(,|$)/.test(l))).toBe(true);
      // January–June 2025: Huyện Lộc Hà no longer existed (merged into Thạch Hà), the area's 12 communes are still summed
      expect(lines.some((l) => /^Toàn địa bàn huyện Lộc Hà cũ,448,T3\/2025,Tỷ lệ hồ sơ tiếp nhận trực tuyến,\d{1,3}(\.\d)?,\d+,\d+,không(,|$)/.test(l))).toBe(true);

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

  test("opens on today's communes with figures for the latest month, ranked out of one total", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/`, {waitFor: LINES});
    const {page} = record;
    try {
      await expect.poll(() => lineTitles(page)).toEqual(["Phường Trần Phú", "Toàn địa bàn huyện Lộc Hà cũ", "Xã Hồng Lộc (từ T7/2025)", "Xã Lộc Hà", "Xã Mai Phụ (từ T7/2025)", "Xã Đông Kinh"].sort());
      // the latest month of the data has a value for every one of them
      await tableCells(trendCard(page));
      const last = trendCard(page).locator("details tbody tr").last();
      const cells = await last.locator("td").allTextContents();
      expect(cells[0]).toBe("T10/2026");
      expect(cells.slice(1).every((c) => /%$/.test(c))).toBe(true);
      // the table ranks every row out of the same total
      const ranks = await page.locator(".sortable-table tbody tr td:last-child").allTextContents();
      expect(ranks.length).toBe(5);
      expect(ranks.every((r) => /^\d\/5$/.test(r))).toBe(true);
      // year-to-date figures are there, and at the year grain the current year is year-to-date, labelled so
      expect(await trendCard(page).getByTestId("ytd-line").innerText()).toContain("lũy kế từ đầu năm");
      await page.getByRole("radio", {name: "Năm"}).check();
      await expect.poll(() => tableCells(trendCard(page))).toEqual(["Năm 2025", "Năm 2026 (lũy kế T1–T10)"]);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("a commune keeps its colour when the selection changes", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/`, {waitFor: LINES});
    const {page} = record;
    try {
      const strokeOf = (name: string) =>
        trendCard(page).locator("svg g[aria-label='line'] path", {has: page.locator("title", {hasText: new RegExp(`^${name}$`)})}).first().getAttribute("stroke");
      await expect.poll(() => lineTitles(page)).toContain("Xã Lộc Hà");
      const before = await strokeOf("Xã Lộc Hà");
      expect(before).toMatch(/^#[0-9a-f]{6}$/i);
      // untick the commune listed before it: Xã Lộc Hà's line keeps its colour
      await page.locator(".unit-picker-item", {hasText: "Xã Hồng Lộc"}).locator("input").uncheck();
      await expect.poll(() => lineTitles(page)).not.toContain("Xã Hồng Lộc (từ T7/2025)");
      expect(await strokeOf("Xã Lộc Hà")).toBe(before);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("says in words why a range is empty", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/?units=18580&view=old&from=2026-01`, {waitFor: "[data-testid='empty-reasons']"});
    const {page} = record;
    try {
      expect(await page.getByTestId("empty-reasons").innerText()).toContain("Xã Thạch Kim thôi tồn tại từ 1/7/2025 — xem Xã Lộc Hà.");
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("on a phone the first chart comes within the first screen, with no sideways scroll at 360 px", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/`, {waitFor: LINES});
    const {page} = record;
    try {
      for (const width of [390, 360]) {
        await page.setViewportSize({width, height: 844});
        await page.reload({waitUntil: "load"});
        await page.waitForSelector(LINES, {state: "attached"});
        const top = await trendCard(page).locator("svg g[aria-label='line']").first().evaluate((g) => g.closest("svg")!.getBoundingClientRect().top);
        expect(top).toBeLessThan(844);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // the choices are folded under a summary that says what is shown
        expect(await page.locator("#commune-controls").evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
        expect(await page.locator("#commune-controls summary").innerText()).toContain("Tỷ lệ hồ sơ tiếp nhận trực tuyến");
      }
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });
});

describe("/communes/<id>: one commune", () => {
  test("a commune's page answers at first glance: year to date against the area and last year", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/xa-loc-ha-2025`, {waitFor: LINES});
    const {page} = record;
    try {
      const sentence = await page.getByTestId("ytd-sentence").innerText();
      expect(sentence).toMatch(/^Lũy kế T1–T10\/2026, Xã Lộc Hà có tỷ lệ hồ sơ tiếp nhận trực tuyến \d+,\d%: (tốt hơn|kém hơn|ngang) toàn địa bàn huyện Lộc Hà cũ \(\d+,\d%\); (tốt hơn|kém hơn|ngang) cùng kỳ năm trước \(\d+,\d%\)\.$/);
      const cards = page.getByTestId("ytd-card");
      expect(await cards.count()).toBe(2);
      expect(await cards.first().innerText()).toMatch(/[+-]\d+,\d điểm %/);
      // it comes before the charts
      const ytdTop = await page.getByTestId("ytd").evaluate((e) => e.getBoundingClientRect().top);
      const chartTop = await page.locator(".indicator-card").first().evaluate((e) => e.getBoundingClientRect().top);
      expect(ytdTop).toBeLessThan(chartTop);
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

  test("the rank grid's labels stay inside the chart and apart at 360, 390, 1024 and 1440 px", async () => {
    const record = await openAndRecord(site.browser, `${site.url}/communes/xa-loc-ha-2025`, {waitFor: LINES});
    const {page} = record;
    try {
      for (const width of [360, 390, 1024, 1440]) {
        await page.setViewportSize({width, height: 900});
        await page.reload({waitUntil: "load"});
        await page.waitForSelector("g[aria-label='y-axis tick label']", {state: "attached"});
        const problems = await page.evaluate(() => {
          const svg = [...document.querySelectorAll("svg")].find((s) => s.querySelector("g[aria-label='cell']"))!;
          const box = svg.getBoundingClientRect();
          const out: string[] = [];
          for (const t of svg.querySelectorAll("g[aria-label='y-axis tick label'] text, g[aria-label='x-axis tick label'] text")) {
            const r = t.getBoundingClientRect();
            if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1)) out.push(`outside: ${t.textContent}`);
          }
          const xs = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
          for (let i = 1; i < xs.length; i++) if (xs[i]!.left < xs[i - 1]!.right) out.push(`overlap at column label ${i}`);
          return out;
        });
        expect(problems, `at ${width} px`).toEqual([]);
      }
      expectClean(record, site.url);
    } finally {
      await record.close();
    }
  });

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
