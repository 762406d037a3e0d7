// The PCI page (/pci) in headless Chromium: Hà Tĩnh's total and rank with the 2023 figures shown
// as "chưa công bố" (never a point at 0), the rank axis with 1 at the top, the real figures in
// the table the Vietnamese way, provinces without data named instead of drawn, and the view
// kept in the URL.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Locator} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";

const CURATED = fileURLToPath(new URL("../../data/curated/pci/ha-tinh-profile-pcivietnam.csv", import.meta.url));
const CHART = "main .pci-chart svg g[aria-label='line'] path";

/** Hà Tĩnh's total of `year` as the curated profile gives it ("67.18"). */
function curatedTotal(year: string): string {
  const line = readFileSync(CURATED, "utf8")
    .split(/\r?\n/)
    .find((l) => l.startsWith(`Hà Tĩnh,${year},pci_total,`));
  if (line === undefined) throw new Error(`no Hà Tĩnh pci_total ${year} in ${CURATED}`);
  return line.split(",")[3]!;
}

describe("PCI page", () => {
  const site = useSite();
  let record: PageRecord;
  const card = (indicator: string): Locator => record.page.locator(`main .pci-chart[data-indicator='${indicator}']`);

  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}/pci`, {waitFor: CHART});
  });
  afterAll(async () => {
    await record?.close();
  });

  test("labels 2023 'chưa công bố' on the total and rank charts and draws no 2023 point", async () => {
    for (const indicator of ["pci_total", "pci_rank"]) {
      const label = card(indicator).locator("svg text", {hasText: "chưa công bố"});
      await expect.poll(() => label.first().isVisible()).toBe(true);
      const dots = await card(indicator).locator("svg g[aria-label='dot'] circle title").allTextContents();
      expect(dots.length).toBe(17); // 2006..2022
      expect(dots.some((t) => t.includes("2023"))).toBe(false);
      // The line stops at 2022: as many vertices as dots, so nothing is drawn down to 0 in 2023.
      const d = (await card(indicator).locator("svg g[aria-label='line'] path").getAttribute("d")) ?? "";
      expect((d.match(/[ML]/g) ?? []).length).toBe(17);
    }
    // The point nearest the bottom of the total chart is 2006 (41,62), nowhere near 0.
    const lowest = await card("pci_total")
      .locator("svg g[aria-label='dot'] circle")
      .evaluateAll((circles) => circles.map((c) => [Number(c.getAttribute("cy")), c.querySelector("title")?.textContent ?? ""] as const).sort((a, b) => b[0] - a[0])[0]);
    expect(lowest?.[1]).toContain("Năm 2006: 41,62");
  });

  test("shows Hà Tĩnh's 2022 total the Vietnamese way, and 'chưa công bố' for 2023, in the table", async () => {
    const expected = curatedTotal("2022").replace(".", ","); // 67.18 → 67,18
    // The PCI figures card by its test id: another table on /pci (PAR INDEX, SIPAS) has a 2022 row too.
    const figures = record.page.getByTestId("pci-figures");
    const row2022 = figures.locator("tr", {has: record.page.locator("th", {hasText: /^2022$/})});
    expect(await row2022.locator("td").first().innerText(), "the PCI total of 2022 in the PCI figures table").toBe(expected);
    const row2023 = figures.locator("tr", {has: record.page.locator("th", {hasText: /^2023$/})});
    const cells = await row2023.locator("td").allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(["chưa công bố", "chưa công bố"]);
    expect(cells.some((t) => t.trim() === "0" || t.trim() === "0,00")).toBe(false);
  });

  test("the rank axis has 1 at the top", async () => {
    const ticks = await card("pci_rank")
      .locator("svg g[aria-label='y-axis tick label'] text")
      .evaluateAll((texts) => texts.map((t) => ({text: t.textContent, y: t.getBoundingClientRect().y})));
    const top = [...ticks].sort((a, b) => a.y - b.y)[0];
    const bottom = [...ticks].sort((a, b) => b.y - a.y)[0];
    expect(top?.text).toBe("1");
    expect(Number(bottom?.text)).toBeGreaterThanOrEqual(63);
  });

  test("compares by default only provinces with a figure in the latest published year, Hà Tĩnh first", async () => {
    const rows = readFileSync(CURATED, "utf8").split(/\r?\n/).slice(1).filter((l) => l.trim() !== "").map((l) => l.split(","));
    const latest = rows.filter((r) => r[3] !== "").map((r) => r[1]!).sort().at(-1)!;
    const withValue = new Set(rows.filter((r) => r[1] === latest && r[3] !== "").map((r) => `Tỉnh ${r[0]}`));
    const ticked = await record.page.locator("main .unit-picker input[type=checkbox]:checked + span").allInnerTexts();
    expect(ticked.length).toBeGreaterThan(0);
    expect(ticked[0]).toBe("Tỉnh Hà Tĩnh");
    for (const name of ticked) expect(withValue.has(name), `${name} has a figure in ${latest}`).toBe(true);
    expect(await record.page.locator("main").innerText()).not.toContain("chưa có số liệu.");
  });

  test("says the latest published year and what VCCI stopped publishing, with no instructions for analysts", async () => {
    const sentence = await record.page.locator("main .pci-publication").innerText();
    expect(sentence).toContain("Năm PCI gần nhất VCCI đã công bố cho Hà Tĩnh là 2023.");
    expect(sentence).toContain("Từ PCI 2023, VCCI không công bố điểm tổng hợp và thứ hạng của tỉnh");
    expect(sentence).toContain("năm 2022");
    const main = await record.page.locator("main").innerText();
    for (const instruction of ["data/raw", "thêm tệp", "dựng lại", "rebuild"]) expect(main).not.toContain(instruction);
    expect(main).not.toMatch(/✓|Chưa đạt|\bĐạt\b/);
  });

  test("names chosen provinces without data instead of drawing empty lines; real data has no sample badge", async () => {
    const view = await openAndRecord(site.browser, `${site.url}/pci?provinces=42,40,44,38`, {waitFor: CHART});
    try {
      const main = await view.page.locator("main").innerText();
      expect(main).toContain("Tỉnh Nghệ An, Tỉnh Quảng Bình, Tỉnh Thanh Hóa: chưa có số liệu.");
      expect(await view.page.locator("main .pci-chart[data-indicator='pci_total'] svg g[aria-label='line'] path").count()).toBe(1);
      expect(await view.page.getByText("Tỉnh Nghệ An (chưa có số liệu)").count()).toBe(1);
    } finally {
      await view.close();
    }
    const main = await record.page.locator("main").innerText();
    expect(await record.page.locator("main .sample-badge").count()).toBe(0);
    expect(main).toContain("pcivietnam.vn");
    expect(main).toContain("© VCCI");
    expect(main).toContain("Số liệu đến năm 2023");
    expect(await record.page.locator("main details.pci-conflicts summary").innerText()).toContain("Khác biệt giữa các nguồn");
  });

  test("gives every chart a one-sentence summary and a table, and fits the score axis to the figures", async () => {
    const charts = record.page.locator("main .card", {has: record.page.locator("svg[class*='plot']")});
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      expect((await charts.nth(i).locator(".chart-summary").innerText()).length).toBeGreaterThan(20);
      expect(await charts.nth(i).locator("details table").count()).toBeGreaterThan(0);
    }
    expect(await card("pci_total").locator(".chart-summary").innerText()).toContain("Hà Tĩnh: 67,18 điểm năm 2022");
    // Totals run from 41,62 to 67,18: the axis starts at 40, not 0.
    const ticks = await card("pci_total").locator("svg g[aria-label='y-axis tick label'] text").allTextContents();
    expect(ticks).toContain("40");
    expect(ticks).not.toContain("0");
  });

  test("keeps the view in the URL: opens from it, writes choices to it, and steps back", async () => {
    const view = await openAndRecord(site.browser, `${site.url}/pci?provinces=42,40&indicator=pci_land`, {waitFor: CHART});
    try {
      const select = view.page.locator("main .pci-controls select");
      // Inputs.select's option values are indices: read and choose by the label shown.
      const shown = (): Promise<string> => select.locator("option:checked").innerText();
      expect(await shown()).toBe("Tiếp cận đất đai");
      await expect.poll(() => view.page.locator("main .pci-chart").first().getAttribute("data-indicator")).toBe("pci_land");
      const ticked = await view.page.locator("main .unit-picker input[type=checkbox]:checked + span").allInnerTexts();
      expect(ticked.sort()).toEqual(["Tỉnh Hà Tĩnh", "Tỉnh Nghệ An (chưa có số liệu)"]);

      await select.selectOption({label: "Chi phí không chính thức"});
      await expect.poll(() => new URL(view.page.url()).search).toBe("?provinces=42,40&indicator=pci_informal");
      await expect.poll(() => view.page.locator("main .pci-chart").first().getAttribute("data-indicator")).toBe("pci_informal");

      await view.page.goBack();
      await expect.poll(() => new URL(view.page.url()).search).toBe("?provinces=42,40&indicator=pci_land");
      await expect.poll(shown).toBe("Tiếp cận đất đai");
      expect(view.consoleErrors).toEqual([]);
      expect(view.pageErrors).toEqual([]);
    } finally {
      await view.close();
    }
  });

  test("switches to English from the URL", async () => {
    const view = await openAndRecord(site.browser, `${site.url}/pci?provinces=42,40&indicator=pci_total&lang=en`, {waitFor: CHART});
    try {
      expect(await view.page.locator("main h1").innerText()).toContain("Hà Tĩnh's Provincial Competitiveness Index (PCI)");
      await expect.poll(() => view.page.locator("main .pci-chart svg text", {hasText: "not published"}).count()).toBe(2);
      expect(await view.page.locator("main").innerText()).toContain("67.18");
      expect(view.consoleErrors).toEqual([]);
    } finally {
      await view.close();
    }
  });

  test("clips no chart label on a 390 px phone, and the page does not scroll sideways", async () => {
    const view = await site.browser.newPage({viewport: {width: 390, height: 844}});
    try {
      await view.goto(`${site.url}/pci`);
      await view.locator(CHART).first().waitFor();
      await view.locator("main svg g[aria-label='dot'] circle").first().waitFor();
      const outside = await view.evaluate(() =>
        [...document.querySelectorAll("main svg")].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll("text")]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
            })
            .map((text) => text.textContent ?? "");
        })
      );
      expect(outside).toEqual([]);
      expect(await view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await view.close();
    }
  });

  test("logs no errors and requests nothing outside the site", () => {
    expectClean(record, site.url);
  });
});
