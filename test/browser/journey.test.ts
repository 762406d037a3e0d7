// The dossier-journey pages (/online-services, /postal) in headless Chromium: each draws its
// funnel, its table's total is the sum of its communes, the view lives in the URL (and the
// back button), and switching grain recomputes shares from counts, checked against the counts
// in the page's own CSV download.
import {readFile} from "node:fs/promises";
import {csvParse} from "d3-dsv";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {formatPercent} from "../../src/format/formatPercent.ts";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

interface PageSpec {
  path: string;
  /** The page's title in English (?lang=en). */
  titleEn: string;
  /** Count columns of the table, as headed in Vietnamese. */
  counts: string[];
  /** The share checked on grain switches: its table header and its CSV numerator / denominator columns. */
  share: {header: string; numerator: string; denominator: string};
}

const PAGES: PageSpec[] = [
  {
    path: "/online-services",
    titleEn: "Online public services",
    counts: ["Tiếp nhận", "Trực tuyến", "Toàn trình", "Đã giải quyết", "Đúng hạn"],
    share: {header: "% trực tuyến / tiếp nhận", numerator: "Trực tuyến", denominator: "Tiếp nhận"}
  },
  {
    path: "/postal",
    titleEn: "Public postal service",
    counts: ["Tiếp nhận", "Tiếp nhận qua BCCI", "Đã giải quyết", "Trả kết quả qua BCCI"],
    share: {header: "% nộp qua BCCI / tiếp nhận", numerator: "Tiếp nhận qua BCCI", denominator: "Tiếp nhận"}
  }
];

/** "3.187" → 3187, "–" → null (Vietnamese thousands separator). */
function viNumber(text: string): number | null {
  const t = text.trim();
  if (t === "–") return null;
  if (!/^\d{1,3}(\.\d{3})*$/.test(t)) throw new Error(`not a Vietnamese whole number: ${JSON.stringify(text)}`);
  return Number(t.replaceAll(".", ""));
}

interface TableRow {
  unitId: string;
  cells: Record<string, string>;
}

/** The per-unit table: one entry per row, cells by column header. */
async function readTable(page: Page): Promise<TableRow[]> {
  return page.locator(".journey-table table").evaluate((table) => {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    return [...table.querySelectorAll("tbody tr")].map((tr) => ({
      unitId: (tr as HTMLElement).dataset.unit ?? "",
      cells: Object.fromEntries([...tr.children].map((cell, i) => [headers[i] ?? String(i), cell.textContent ?? ""]))
    }));
  });
}

async function tableTitle(page: Page): Promise<string> {
  return page.locator(".card:has(.journey-table) h2").innerText();
}

/** Clicks the CSV button of the first chart in the trend card and parses the file it saves. */
async function trendCsv(page: Page): Promise<Record<string, string>[] & {columns: string[]}> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".trend-card .download-buttons button", {hasText: "CSV"}).first().click()]);
  const text = await readFile(await download.path(), "utf8");
  return csvParse(text.replace(/^\uFEFF/, ""));
}

/** The share of `unitId` over `months`, summed from the CSV's counts, formatted as the page formats it. */
function shareFromCsv(rows: Record<string, string>[], unitId: string, months: string[], spec: PageSpec["share"]): string {
  const picked = rows.filter((r) => r["Mã đơn vị"] === unitId && months.includes(r["Kỳ"] ?? ""));
  expect(picked.map((r) => r["Kỳ"]).sort(), `CSV rows of ${unitId}`).toEqual([...months].sort());
  const sum = (column: string): number => picked.reduce((s, r) => s + Number(r[column]), 0);
  return formatPercent(sum(spec.numerator) / sum(spec.denominator));
}

const site = useSite();

describe.each(PAGES)("$path", (spec) => {
  let record: PageRecord;
  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}${spec.path}?period=2024-Q3`, {waitFor: ".journey-table tr.total-row"});
  });
  afterAll(async () => {
    await record?.close();
  });

  test("draws its funnel, and the table's total is the sum of the communes for the chosen period", async () => {
    const {page} = record;
    expect(await tableTitle(page)).toContain("Quý 3/2024");
    await expect.poll(() => page.locator("svg.journey-funnel g[aria-label='bar'] rect").count()).toBeGreaterThanOrEqual(4);
    const rows = await readTable(page);
    const communes = rows.filter((r) => r.unitId !== "total");
    const total = rows.find((r) => r.unitId === "total");
    expect(communes).toHaveLength(12); // the 12 communes of Lộc Hà in 2024
    expect(total).toBeDefined();
    for (const column of spec.counts) {
      const values = communes.map((r) => viNumber(r.cells[column] ?? ""));
      expect(values.every((v) => v !== null), `${column}: every commune reported in 2024-Q3`).toBe(true);
      const sum = values.reduce((s: number, v) => s + v!, 0);
      expect(viNumber(total!.cells[column] ?? ""), column).toBe(sum);
    }
    // The funnel shows the same total as the table.
    const received = total!.cells["Tiếp nhận"]!;
    expect(await page.locator("svg.journey-funnel text").allTextContents()).toContainEqual(expect.stringContaining(`: ${received}`));
  });

  test("switching grain recomputes shares from counts (checked against the page's CSV)", async () => {
    const {page} = record;
    const csv = await trendCsv(page);
    const quarter = ["2024-07", "2024-08", "2024-09"];
    const shareOf = async (unitId: string): Promise<string> => ((await readTable(page)).find((r) => r.unitId === unitId)?.cells[spec.share.header] ?? "").trim();

    // Thị trấn Lộc Hà (18568) is on the trend chart by default; "total" is the district line.
    for (const unitId of ["18568", "total"]) expect(await shareOf(unitId), unitId).toBe(shareFromCsv(csv, unitId, quarter, spec.share));

    await page.getByRole("radio", {name: "Tháng"}).check();
    await expect.poll(() => tableTitle(page)).toContain("T9/2024");
    expect(new URL(page.url()).searchParams.get("grain")).toBe(null); // the month is the default grain, not written
    expect(new URL(page.url()).searchParams.get("period")).toBe("2024-09");
    for (const unitId of ["18568", "total"]) expect(await shareOf(unitId), unitId).toBe(shareFromCsv(csv, unitId, ["2024-09"], spec.share));
    // A month's share differs from its quarter's: the page did recompute.
    expect(shareFromCsv(csv, "18568", ["2024-09"], spec.share)).not.toBe(shareFromCsv(csv, "18568", quarter, spec.share));

    await page.getByRole("radio", {name: "Quý"}).check();
    await expect.poll(() => tableTitle(page)).toContain("Quý 3/2024");
    expect(new URL(page.url()).searchParams.get("grain")).toBe("quarter");
    for (const unitId of ["18568", "total"]) expect(await shareOf(unitId), unitId).toBe(shareFromCsv(csv, unitId, quarter, spec.share));
  });

  test("keeps the view in the URL: opened from a link, changed, shared and stepped back", async () => {
    const opened = await openAndRecord(site.browser, `${site.url}${spec.path}?period=2024-Q1&units=18580,18583&view=new&lang=en`, {waitFor: ".journey-table tr.total-row"});
    try {
      const {page} = opened;
      expect(await page.locator("h1").innerText()).toContain(spec.titleEn);
      expect(await page.locator(".period-picker select").inputValue()).toBe("2024-Q1");
      expect(await tableTitle(page)).toContain("Q1 2024");
      expect(await page.getByRole("radio", {name: "English"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "5 new communes (earlier data carried over)"}).isChecked()).toBe(true);
      // In the lineage view the five new units, not the old communes, make up the table.
      expect((await readTable(page)).filter((r) => r.unitId !== "total")).toHaveLength(5);

      // Change the period and the view in the page: the URL follows.
      await page.getByRole("button", {name: "Next period"}).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("period")).toBe("2024-Q2");
      await page.waitForTimeout(700); // changes within 0,6 s of each other make one history entry (urlState.js)
      await page.getByRole("radio", {name: "12 former communes (to Jun 2025) and new ones"}).check();
      await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe(null); // the default is not written
      const shared = page.url();
      expect(new URL(shared).searchParams.get("lang")).toBe("en");

      // The back button steps back through the choices.
      await page.goBack();
      await expect.poll(() => page.getByRole("radio", {name: "5 new communes (earlier data carried over)"}).isChecked()).toBe(true);
      await page.goBack();
      await expect.poll(() => page.locator(".period-picker select").inputValue()).toBe("2024-Q1");
      await expect.poll(() => tableTitle(page)).toContain("Q1 2024");

      // The shared link opens the same view.
      const again = await openAndRecord(site.browser, shared, {waitFor: ".journey-table tr.total-row"});
      try {
        expect(await again.page.locator(".period-picker select").inputValue()).toBe("2024-Q2");
        expect(await again.page.getByRole("radio", {name: "12 former communes (to Jun 2025) and new ones"}).isChecked()).toBe(true);
        expect((await readTable(again.page)).filter((r) => r.unitId !== "total")).toHaveLength(12);
        expect(again.consoleErrors).toEqual([]);
        expect(again.pageErrors).toEqual([]);
      } finally {
        await again.close();
      }
      expectClean(opened, site.url);
    } finally {
      await opened.close();
    }
  });

  test("the CSV gives each rate as shown, headed \"(%)\", beside the counts it is made of", async () => {
    const csv = await trendCsv(record.page);
    const rateHeader = `${spec.share.header.replace(/^% /, "Tỷ lệ ")} (%)`;
    expect(csv.columns).toEqual(expect.arrayContaining(["Mã đơn vị", "Đơn vị", "Kỳ", spec.share.numerator, spec.share.denominator, rateHeader]));
    const row = csv.find((r) => r["Mã đơn vị"] === "total" && r["Kỳ"] === "2024-09")!;
    expect(Number(row[rateHeader])).toBe(Math.round((Number(row[spec.share.numerator]) / Number(row[spec.share.denominator])) * 1000) / 10);
  });

  test("opens on the present: the latest complete month, today's communes, the year to date", async () => {
    const opened = await openAndRecord(site.browser, `${site.url}${spec.path}`, {waitFor: ".journey-table tr.total-row"});
    try {
      const {page} = opened;
      const latest = await page.locator(".period-picker select option").first().getAttribute("value");
      expect(latest).toMatch(/^\d{4}-\d{2}$/); // a month, the latest offered
      expect(await page.locator(".period-picker select").inputValue()).toBe(latest);
      expect(await page.getByRole("radio", {name: "5 xã, phường mới (quy đổi số liệu cũ)"}).isChecked()).toBe(true);
      expect((await readTable(page)).filter((r) => r.unitId !== "total")).toHaveLength(5);
      expect(await page.locator(".journey-ytd").innerText()).toMatch(/^Lũy kế từ đầu năm \(T1\/\d{4} – T\d{1,2}\/\d{4}\): \d/);
      expectClean(opened, site.url);
    } finally {
      await opened.close();
    }
  });

  test("the trend's y axis fits its values: its top is near the largest share, not 100% for small shares", async () => {
    const {page} = record;
    const csv = await trendCsv(page);
    const shares = csv.map((r) => Number(r[spec.share.numerator]) / Number(r[spec.share.denominator])).filter((v) => Number.isFinite(v));
    const largest = Math.max(...shares);
    const ticks = (await page.locator(".trend-card svg.journey-trend").first().locator("[aria-label='y-axis tick label'] text").allTextContents()).map((t) => Number(t.replace("%", "").replace(",", ".")) / 100);
    const top = Math.max(...ticks);
    expect(top).toBeGreaterThanOrEqual(largest - 0.05); // the axis reaches the data (ticks every 5 or 10 points)
    expect(top).toBeLessThanOrEqual(Math.min(1, largest + 0.15)); // and stops soon after it
    if (largest < 0.5) expect(top).toBeLessThan(1);
  });

  test("at 1440 and 1024 px the table shows every column header whole; at 360 px the page does not scroll sideways", async () => {
    const {page} = record;
    for (const width of [1440, 1024]) {
      await page.setViewportSize({width, height: 900});
      await expect.poll(() => page.locator(".journey-table").evaluate((wrap) => wrap.scrollWidth <= wrap.clientWidth + 1), {message: `${width} px`}).toBe(true);
      const cut = await page.locator(".journey-table thead th").evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
      expect(cut, `${width} px`).toEqual([]);
    }
    await page.setViewportSize({width: 360, height: 800});
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({width: 1280, height: 720});
  });

  test.each([360, 390, 1024, 1440])("at %i px no chart label runs outside its chart", async (width) => {
    const {page} = record;
    await page.setViewportSize({width, height: 900});
    await page.waitForTimeout(300); // resize() redraws the charts at the new width
    expect(await page.locator("main svg[class^='plot']").count()).toBeGreaterThanOrEqual(4);
    const outside = await page.locator("main svg[class^='plot']").evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")]
          .filter((t) => (t.textContent ?? "").trim() !== "")
          .map((t) => ({text: t.textContent, r: t.getBoundingClientRect()}))
          .filter(({r}) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
          .map(({text}) => text);
      })
    );
    expect(outside).toEqual([]);
    await page.setViewportSize({width: 1280, height: 720});
  });

  test("logs no errors and asks nothing from outside the site", async () => {
    await record.page.waitForTimeout(250);
    expectClean(record, site.url);
  });
});
