// The explore page (/explore) in headless Chromium: SQL over the published tables in
// DuckDB-wasm, offline. Ready-made questions must run and draw, bad SQL must show DuckDB's
// message beside the editor and leave the page usable, the query must survive a trip through
// the URL, and DuckDB must never be fetched by the overview page.
import {readFile} from "node:fs/promises";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";
import {DONE, READY_QUESTIONS, openFromLink, runQuestion, runSql, settled} from "./explorePage.ts";

const DUCKDB_REQUEST = /duckdb|\.wasm(\?|$)/i;
// Data marks of the result chart (not axes, grids or tips).
const RESULT_MARKS = ".explore-result svg g[aria-label]:is([aria-label=line],[aria-label=dot],[aria-label=bar],[aria-label=cell]) > *";

describe("explore page", () => {
  const site = useSite();
  let record: PageRecord;
  const open = (path: string) => openAndRecord(site.browser, `${site.url}${path}`, {waitFor: DONE, timeoutMs: 60_000});
  beforeAll(async () => {
    record = await open("/explore");
  });
  afterAll(async () => {
    await record?.close();
  });

  test("opens with the first ready-made question answered: a chart, a table and the sample badge", async () => {
    const page = record.page;
    expect(await page.locator(".explore-result h2").innerText()).toContain(READY_QUESTIONS[0]!.titleVi);
    expect(await page.locator(RESULT_MARKS).count()).toBeGreaterThan(0);
    expect(await page.locator(".explore-result table tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator(".explore-result .sample-badge").innerText()).toBe("Dữ liệu mẫu");
    expect(page.url()).not.toContain("q="); // the default view keeps a clean URL
  });

  test("a ready-made question runs and shows a table (Vietnamese formats) and a chart", async () => {
    const page = record.page;
    await runQuestion(page, "postal-returns-per-1000");
    expect(await page.locator(".explore-result h2").innerText()).toContain("trên 1.000 dân");
    expect(await page.locator(`.explore-result svg g[aria-label=line] > *`).count()).toBeGreaterThan(0);
    const header = await page.locator(".explore-result table thead").innerText();
    expect(header).toContain("Trên 1.000 dân");
    const cells = await page.locator(".explore-result table tbody tr").first().locator("td").allInnerTexts();
    expect(cells.some((t) => /^\d+,\d{2}$/.test(t.trim()))).toBe(true); // "5,47", not "5.47"
    expect(await page.locator(".sql-error").isHidden()).toBe(true);
  });

  test("every ready-made question runs offline and draws something", async () => {
    const page = record.page;
    for (const question of READY_QUESTIONS) {
      await runQuestion(page, question.id);
      expect(await page.locator(RESULT_MARKS).count(), `${question.id}: chart marks`).toBeGreaterThan(0);
    }
  }, 120_000);

  test("real PCI figures carry no sample badge; the radio-programme question lists quarters as a grid", async () => {
    const page = record.page;
    await runQuestion(page, "pci-components-latest");
    expect(await page.locator(".explore-result .sample-badge").count()).toBe(0);
    await runQuestion(page, "radio-programme-missed");
    expect(await page.locator(".explore-result svg g[aria-label=cell] > *").count()).toBeGreaterThan(0);
    expect(await page.locator(".explore-result table thead").innerText()).toContain("Quý");
  });

  test("bad SQL shows DuckDB's message next to the editor, and the page stays usable", async () => {
    const page = record.page;
    await runQuestion(page, "online-share-latest");
    const title = await page.locator(".explore-result h2").innerText();
    await page.locator(".sql-workbench textarea").fill("SELEC unitId FROM observations");
    await page.locator(".sql-workbench textarea").press("Control+Enter");
    expect(await settled(page)).toBe("error");
    const error = page.locator(".sql-editor .sql-error");
    expect(await error.isVisible()).toBe(true);
    expect(await error.innerText()).toMatch(/Parser Error: syntax error at or near "SELEC"/);
    // the previous result stays, and says why
    expect(await page.locator(".explore-result h2").innerText()).toBe(title);
    expect(await page.locator(".sql-status").innerText()).toContain("lần chạy trước");

    await page.locator(".sql-workbench textarea").fill("SELECT * FROM no_such_table");
    await page.getByRole("button", {name: "Chạy", exact: true}).click();
    expect(await settled(page)).toBe("error");
    expect(await error.innerText()).toContain("Catalog Error: Table with name no_such_table does not exist");

    await page.locator(".sql-workbench textarea").fill("SELECT 6 * 7 AS answer");
    await page.getByRole("button", {name: "Chạy", exact: true}).click();
    expect(await settled(page)).toBe("done");
    expect(await error.isHidden()).toBe(true);
    await expect.poll(() => page.locator(".explore-result h2").innerText()).toContain("Kết quả truy vấn");
    expect(await page.locator(".explore-result table tbody").innerText()).toContain("42");
    expect(record.pageErrors).toEqual([]);
  });

  test("the CSV download holds every row of the result", async () => {
    const page = record.page;
    await runQuestion(page, "ddci-district-rank");
    const rows = Number((await page.locator(".explore-result h3").innerText()).match(/^(\d+) dòng/)?.[1]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".explore-result .download-buttons button", {hasText: "CSV"}).click()]);
    expect(download.suggestedFilename()).toBe("kham-pha-ddci-district-rank.csv");
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(csv[0]).toContain("Điểm DDCI");
    expect(csv.length - 1).toBe(rows);
  });

  test("a ?sql= link waits for Run; the query round-trips through the URL, and back restores the previous one", async () => {
    const sql = "SELECT indicator, count(*) AS n FROM observations GROUP BY ALL ORDER BY 2 DESC";
    const mine = await openFromLink(site.browser, site.url, sql);
    try {
      const page = mine.page;
      // shown with a note, not run: no result until the reader presses Run
      expect(await page.locator(".sql-link-note").innerText()).toContain("đến từ một đường dẫn");
      expect(await page.locator(".explore-result").innerText()).toContain("bấm Chạy");
      expect(await page.locator(".explore-result table").count()).toBe(0);
      expect(await page.locator(".sql-workbench").getAttribute("data-state")).toBe("ready");
      await page.getByRole("button", {name: "Chạy", exact: true}).click();
      expect(await settled(page)).toBe("done");
      await expect.poll(() => page.locator(".explore-result table thead").innerText()).toContain("indicator");
      expect(await page.locator(".sql-link-note").isHidden()).toBe(true);
      await runQuestion(page, "missing-reports");
      expect(new URL(page.url()).searchParams.get("sql")).toBeNull();
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get("sql")).toBe(sql);
      await expect.poll(() => page.locator(".sql-workbench textarea").inputValue()).toBe(sql);
      await expect.poll(() => page.locator(".explore-result table thead").innerText()).toContain("indicator");
      // an edited query is written as text, and read back the same
      await page.locator(".sql-workbench textarea").fill("SELECT 1 AS một");
      await page.locator(".sql-workbench textarea").press("Control+Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("sql")).toBe("SELECT 1 AS một");
      expect(mine.consoleErrors).toEqual([]);
    } finally {
      await mine.close();
    }
  });

  test("?q= with ?lang=en opens the question in English", async () => {
    const en = await open("/explore?q=online-share-fell-3-months&lang=en");
    try {
      expect(await en.page.locator("h1").innerText()).toContain("Explore the data with SQL");
      expect(await en.page.locator(".explore-result h2").innerText()).toContain("Communes whose online share fell three months in a row");
      expect(await en.page.locator(".sql-workbench textarea").inputValue()).toContain('AS "Fall (percentage points)"');
      // the answer is drawn as bars of the fall, ranked, not as a scatter of two shares
      expect(await settled(en.page)).toBe("done");
      expect(await en.page.locator(".explore-result svg g[aria-label=bar] > *").count()).toBeGreaterThan(0);
      expect(await en.page.locator(".explore-result svg g[aria-label=dot] > *").count()).toBe(0);
      expect(await en.page.locator(".explore-result table thead").innerText()).toContain("Three months of falls");
    } finally {
      await en.close();
    }
  });

  test("DuckDB is fetched by /explore only: no DuckDB or wasm request on the overview page", async () => {
    expect(record.requests.some((url) => DUCKDB_REQUEST.test(url))).toBe(true); // the check can see them
    const overview = await openAndRecord(site.browser, `${site.url}/`, {waitFor: "main svg"});
    try {
      await overview.page.waitForLoadState("networkidle");
      expect(overview.requests.filter((url) => DUCKDB_REQUEST.test(url))).toEqual([]);
      expect(overview.requests.filter((url) => /arquero/i.test(url))).toEqual([]);
    } finally {
      await overview.close();
    }
    // nor does /explore load the benchmark's Arquero on a normal visit
    expect(record.requests.filter((url) => /arquero|exploreBench/i.test(url))).toEqual([]);
  });

  test("a result of real rows only has no sample badge though observations holds sample rows; yearly periods get yearly ticks", async () => {
    const page = record.page;
    expect(await runSql(page, "SELECT indicator, period, value FROM observations WHERE dataset = 'par' AND indicator = 'sipas' ORDER BY period")).toBe("done");
    await expect.poll(() => page.locator(".explore-result h2").innerText()).not.toBe("");
    await expect.poll(() => page.locator(".explore-result .sample-badge").count(), {message: "no \"Dữ liệu mẫu\" on PAR/SIPAS rows (curated, real)"}).toBe(0);
    const ticks = await page.locator(".explore-result svg g[aria-label='x-axis tick label'] text").allTextContents();
    expect(ticks, "x-axis tick labels of the SIPAS chart: whole years only").toEqual(["2021", "2022", "2023", "2024"]);
    expect(await runSql(page, "SELECT indicator, period, value FROM observations WHERE indicator = 'online_share' AND unitId = '18580'")).toBe("done");
    expect(await page.locator(".explore-result .sample-badge").innerText(), "the sample badge on sample dossier rows").toBe("Dữ liệu mẫu");
  });

  test("no console errors, page errors or outside requests", () => {
    expectClean(record, site.url);
  });
});
