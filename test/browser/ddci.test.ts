// The DDCI page (/ddci) in headless Chromium: Lộc Hà among Hà Tĩnh's 13 district-level units,
// its real 2021 figures marked as real and everything else as sample, the rank axis with 1 at
// the top, departments with their unscored component shown as missing, and the view in the URL.
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

const BARS = "main .ddci-districts-chart svg g[aria-label='bar'] rect";

describe("DDCI page", () => {
  const site = useSite();
  let record: PageRecord;
  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}/ddci?year=2021`, {waitFor: BARS});
  });
  afterAll(async () => {
    await record?.close();
  });

  test("shows Lộc Hà's 2021 total 54,52 marked as a real figure, the other units as sample", async () => {
    const row = record.page.locator("main .ddci-district-table tr", {hasText: "Huyện Lộc Hà"});
    const cells = await row.locator("th, td").allInnerTexts();
    expect(cells).toContain("54,52");
    expect(cells).toContain("Số liệu thật");
    expect(cells).toContain("Trung bình");
    const others = await record.page.locator("main .ddci-district-table tr", {hasNotText: "Huyện Lộc Hà"}).locator("td.is-sample").count();
    expect(others).toBe(12);
    // In the bar chart too: the bar's tooltip says real, and the legend tells real from sample.
    const titles = await record.page.locator(`${BARS} title`).allTextContents();
    const locHa = titles.find((t) => t.startsWith("Huyện Lộc Hà"));
    expect(locHa).toContain("54,52");
    expect(locHa).toContain("số liệu thật");
    expect(titles.filter((t) => t.includes("dữ liệu mẫu"))).toHaveLength(12);
    const legend = await record.page.locator("main .ddci-districts-chart .rank-bars-rs-legend").innerText();
    expect(legend).toContain("Số liệu thật");
    expect(legend).toContain("Dữ liệu mẫu");
  });

  test("badges every chart that shows a sample figure", async () => {
    const charts = record.page.locator("main .card", {has: record.page.locator("svg")});
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      expect(await charts.nth(i).locator("h2 .sample-badge").count()).toBe(1);
    }
  });

  test("draws Lộc Hà's rank over the years with 1 at the top", async () => {
    const rankCard = record.page.locator("main .card", {has: record.page.locator("h2", {hasText: "thứ hạng qua các năm"})});
    const ticks = await rankCard
      .locator("svg g[aria-label='y-axis tick label'] text")
      .evaluateAll((texts) => texts.map((t) => ({text: t.textContent, y: t.getBoundingClientRect().y})));
    expect([...ticks].sort((a, b) => a.y - b.y)[0]?.text).toBe("1");
    expect([...ticks].sort((a, b) => b.y - a.y)[0]?.text).toBe("13");
    // 2021 is real (a filled dot), 2022-2024 sample (hollow).
    const dots = await rankCard.locator("svg g[aria-label='dot'] circle").evaluateAll((cs) => cs.map((c) => [c.getAttribute("fill") ?? c.parentElement?.getAttribute("fill") ?? "", c.querySelector("title")?.textContent ?? ""] as const));
    expect(dots).toHaveLength(4);
    expect(dots.filter(([fill]) => fill === "white").map(([, t]) => t.match(/\d{4}/)?.[0]).sort()).toEqual(["2022", "2023", "2024"]);
  });

  test("compares the nine components with the district median", async () => {
    const card = record.page.locator("main .card", {has: record.page.locator("h2", {hasText: "9 chỉ số thành phần so với trung vị"})});
    expect(await card.locator("svg g[aria-label='link'] line, svg g[aria-label='link'] path").count()).toBe(9);
    expect(await card.locator("details tbody tr").count()).toBe(9);
  });

  test("lists departments separately, their land-access component missing rather than 0", async () => {
    const section = record.page.locator("main .ddci-departments");
    const rows = section.locator("details tbody tr");
    expect(await rows.count()).toBeGreaterThan(10);
    const header = await section.locator("details thead th").allTextContents(); // the table is in a closed <details>
    const land = header.indexOf("Tiếp cận đất đai");
    expect(land).toBeGreaterThan(0);
    const landCells = await rows.evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent), land);
    expect(new Set(landCells)).toEqual(new Set(["–"]));
  });

  test("keeps year and unit in the URL: opens from it, writes choices to it, and steps back", async () => {
    const view = await openAndRecord(site.browser, `${site.url}/ddci?year=2023&unit=448`, {waitFor: BARS});
    try {
      const [yearSelect, unitSelect] = [view.page.getByLabel("Năm", {exact: true}), view.page.getByLabel("Đơn vị", {exact: true})];
      // Inputs.select's option values are indices: read and choose by the label shown.
      const shown = (select: typeof yearSelect): Promise<string> => select.locator("option:checked").innerText();
      expect(await shown(yearSelect)).toBe("Năm 2023");
      expect(await shown(unitSelect)).toBe("Huyện Lộc Hà");
      expect(await view.page.locator("main .ddci-districts-chart h2").innerText()).toContain("Điểm DDCI 2023");

      await unitSelect.selectOption({label: "Thành phố Hà Tĩnh"});
      await expect.poll(() => new URL(view.page.url()).search).toBe("?year=2023&unit=436");
      await expect.poll(() => view.page.locator("main .ddci-districts-chart h3").innerText()).toContain("Thành phố Hà Tĩnh");

      // Changes in quick succession replace the history entry (urlState's burst rule): pause first.
      await view.page.waitForTimeout(800);
      await yearSelect.selectOption({label: "Năm 2022"});
      await expect.poll(() => new URL(view.page.url()).search).toBe("?year=2022&unit=436");

      await view.page.goBack();
      await expect.poll(() => new URL(view.page.url()).search).toBe("?year=2023&unit=436");
      await expect.poll(() => shown(yearSelect)).toBe("Năm 2023");
      await view.page.goBack();
      await expect.poll(() => shown(unitSelect)).toBe("Huyện Lộc Hà");
      expect(view.consoleErrors).toEqual([]);
      expect(view.pageErrors).toEqual([]);
    } finally {
      await view.close();
    }
  });

  test("opens on the latest year every district-level unit has a total, the area's own district highlighted", async () => {
    const view = await openAndRecord(site.browser, `${site.url}/ddci`, {waitFor: BARS});
    try {
      const year = view.page.getByLabel("Năm", {exact: true});
      const options = await year.locator("option").allInnerTexts();
      const shown = await year.locator("option:checked").innerText();
      // Every unit is ranked in the year shown ("n/13" for all 13 rows).
      const ranks = await view.page.locator("main .ddci-district-table tbody tr th").allInnerTexts();
      expect(ranks).toHaveLength(13);
      expect(ranks.every((r) => r.endsWith("/13"))).toBe(true);
      // No later year is complete: every later option has a unit without a total (none exists in the sample: the last year).
      expect(shown).toBe(options.at(-1));
      expect(await view.page.getByLabel("Đơn vị", {exact: true}).locator("option:checked").innerText()).toBe("Huyện Lộc Hà");
      expect(await view.page.locator("main .ddci-district-table tr.is-focus").innerText()).toContain("Huyện Lộc Hà");
      expect(await view.page.locator("main .ddci-districts-chart .chart-summary").innerText()).toMatch(/^Năm \d{4}, Huyện Lộc Hà xếp hạng \d+\/13 với [\d,]+ điểm/);
    } finally {
      await view.close();
    }
  });

  for (const width of [390, 1440]) {
    test(`clips no chart label at ${width} px: every text box lies inside its chart, and the page does not scroll sideways`, async () => {
      const view = await site.browser.newPage({viewport: {width, height: 900}});
      try {
        await view.goto(`${site.url}/ddci?year=2024`);
        await view.locator(BARS).first().waitFor();
        await view.locator("main .ddci-departments svg g[aria-label='bar'] rect").first().waitFor();
        const outside = await view.evaluate(() => {
          const out: string[] = [];
          for (const svg of document.querySelectorAll("main svg")) {
            const box = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll("text")) {
              const r = text.getBoundingClientRect();
              if (r.width === 0) continue;
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) out.push(text.textContent ?? "");
            }
          }
          return out;
        });
        expect(outside).toEqual([]);
        // The long names are written whole, not cut with an ellipsis.
        const names = await view.locator("main svg text").allTextContents();
        expect(names.some((t) => t.includes("Hỗ trợ doanh nghiệp, HTX, hộ kinh doanh"))).toBe(true);
        expect(names.some((t) => t.includes("…"))).toBe(false);
        expect(await view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      } finally {
        await view.close();
      }
    });
  }

  test("logs no errors and requests nothing outside the site", () => {
    expectClean(record, site.url);
  });
});
