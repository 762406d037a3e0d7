// /explore locked down (in headless Chromium, on the built site): after setup DuckDB-wasm can
// read or write no file, URL or extension and no query can unlock it, not even after a
// restart; results are capped at 100 000 rows (held, drawn, downloaded) with a visible note;
// a running query can be cancelled; a ?sql= link never runs by itself.
import {readFile} from "node:fs/promises";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {expectClean, useSite} from "./builtSite.ts";
import {DONE, openFromLink, runQuestion, runSql, settled} from "./explorePage.ts";

// Each must fail with DuckDB's (or the page's) Permission or Invalid Input error, and request nothing.
const LOCKED_OUT: readonly string[] = [
  "SELECT * FROM read_csv('http://example.com/x.csv')",
  "SELECT * FROM 'https://example.com/x.parquet'",
  "COPY (SELECT 1 AS a) TO 'http://example.com/x.csv'",
  "COPY observations TO 'observations.csv'",
  "LOAD httpfs",
  "INSTALL httpfs",
  "FORCE INSTALL httpfs FROM 'http://example.com'",
  "ATTACH 'other.duckdb'",
  "SET autoinstall_known_extensions = true",
  "SET autoload_known_extensions = true",
  "SET enable_external_access = true",
  "SET lock_configuration = false",
  "RESET lock_configuration",
  "SET lock_configuration = false; SET enable_external_access = true; SELECT 1",
  "SELECT * FROM read_csv('/etc/passwd')",
  "SELECT * FROM read_text('/proc/self/environ')"
];
const ERROR = /^(Permission Error|Invalid Input Error|Catalog Error: Table with name https:)/;
const SETTINGS = "SELECT current_setting('enable_external_access') AS external_access, current_setting('lock_configuration') AS locked, current_setting('autoinstall_known_extensions') AS autoinstall";
const LONG_QUERY = "SELECT count(*) AS n FROM range(10000000000) t(a) WHERE a % 7 = 3";

/** Every statement of LOCKED_OUT fails, with the error beside the editor; the settings stay locked. */
async function expectLockedDown(record: PageRecord): Promise<void> {
  const page = record.page;
  for (const sql of LOCKED_OUT) {
    expect(await runSql(page, sql), sql).toBe("error");
    expect(await page.locator(".sql-error").isVisible(), sql).toBe(true);
    expect((await page.locator(".sql-error pre").innerText()).trim(), sql).toMatch(ERROR);
  }
  expect(await runSql(page, SETTINGS)).toBe("done");
  await expect.poll(() => page.locator(".explore-result table tbody tr").first().innerText()).toMatch(/^\s*Không\s+Có\s+Không\s*$/);
}

describe("explore page: locked down, capped, cancellable", () => {
  const site = useSite();
  let record: PageRecord;
  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}/explore`, {waitFor: DONE, timeoutMs: 60_000});
  });
  afterAll(async () => {
    await record?.close();
  });

  test("no file, URL or extension can be read or written, and no query can unlock DuckDB", async () => {
    await expectLockedDown(record);
    // the published tables are still there
    expect(await runSql(record.page, "SELECT count(*) AS n FROM observations")).toBe("done");
  }, 60_000);

  test("a result is capped at 100 000 rows: the note says how many there were, the CSV holds the capped rows and says so", async () => {
    const page = record.page;
    expect(await runSql(page, "SELECT * FROM range(250000)")).toBe("done");
    await expect.poll(() => page.locator(".explore-truncated").innerText()).toBe("Kết quả đã cắt bớt: hiển thị 100.000 trên 250.000 dòng.");
    expect(await page.locator(".explore-result h3").innerText()).toMatch(/^100\.000 dòng/);
    expect(await page.locator(".sql-status").innerText()).toContain("Kết quả đã cắt bớt");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".explore-result .download-buttons button", {hasText: "CSV"}).click()]);
    expect(download.suggestedFilename()).toBe("kham-pha-truy-van-100000-dong-dau.csv");
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(csv.length - 1).toBe(100_000);
    // a result under the cap carries no note
    expect(await runSql(page, "SELECT * FROM range(99999)")).toBe("done");
    await expect.poll(() => page.locator(".explore-result h3").innerText()).toMatch(/^99\.999 dòng/);
    expect(await page.locator(".explore-truncated").count()).toBe(0);
  });

  test("a script runs statement by statement and shows the last result; statements that cannot be wrapped in a LIMIT still run", async () => {
    const page = record.page;
    expect(await runSql(page, "CREATE OR REPLACE TEMP TABLE answers AS SELECT 42 AS answer;\n-- the table just made\nSELECT * FROM answers;")).toBe("done");
    await expect.poll(() => page.locator(".explore-result table tbody").innerText()).toContain("42");
    expect(await runSql(page, "SHOW TABLES")).toBe("done");
    await expect.poll(() => page.locator(".explore-result table tbody").innerText()).toContain("observations");
    expect(await runSql(page, "SELEC 1; SELECT 2")).toBe("error");
    expect(await page.locator(".sql-error pre").innerText()).toContain('Parser Error: syntax error at or near "SELEC"');
  });

  test("a long query can be cancelled; the editor works afterwards and DuckDB is still locked", async () => {
    const page = record.page;
    await page.locator(".sql-workbench textarea").fill(LONG_QUERY);
    await page.getByRole("button", {name: "Chạy", exact: true}).click();
    const cancel = page.getByRole("button", {name: "Dừng truy vấn"});
    await cancel.waitFor({state: "visible"});
    await cancel.click();
    expect(await settled(page)).toBe("cancelled");
    expect(await page.locator(".sql-status").innerText()).toContain("Đã dừng truy vấn");
    expect(await cancel.isHidden()).toBe(true);
    expect(await runSql(page, "SELECT 6 * 7 AS answer")).toBe("done");
    await expect.poll(() => page.locator(".explore-result table tbody").innerText()).toContain("42");
    expect(await runSql(page, "SET enable_external_access = true")).toBe("error");
  });

  test("after DuckDB restarts (what Cancel does when a query will not stop) it is locked down again", async () => {
    const page = record.page;
    await page.evaluate(() => (document.querySelector(".sql-workbench") as HTMLFormElement & {restart(): Promise<unknown>}).restart());
    await expectLockedDown(record);
    await runQuestion(page, "online-share-latest");
  }, 60_000);

  test("no console errors, page errors or requests outside the site", () => {
    expectClean(record, site.url);
  });

  test("English: the truncation note and the Cancel button", async () => {
    const en = await openAndRecord(site.browser, `${site.url}/explore?lang=en`, {waitFor: DONE, timeoutMs: 60_000});
    try {
      expect(await runSql(en.page, "SELECT * FROM range(250000)")).toBe("done");
      await expect.poll(() => en.page.locator(".explore-truncated").innerText()).toBe("Result truncated: showing 100,000 of 250,000 rows.");
      await en.page.locator(".sql-workbench textarea").fill(LONG_QUERY);
      await en.page.getByRole("button", {name: "Run", exact: true}).click();
      await en.page.getByRole("button", {name: "Cancel query"}).click();
      expect(await settled(en.page)).toBe("cancelled");
      expect(await en.page.locator(".sql-status").innerText()).toContain("Query cancelled");
      expectClean(en, site.url);
    } finally {
      await en.close();
    }
  });

  test("a ?sql= link is never run by itself, not even when the back button returns to it", async () => {
    const sql = "SELECT 'from a link' AS origin";
    const linked = await openFromLink(site.browser, site.url, sql);
    try {
      const page = linked.page;
      await runQuestion(page, "missing-reports");
      await page.goBack();
      await expect.poll(() => page.locator(".sql-workbench textarea").inputValue()).toBe(sql);
      expect(await page.locator(".sql-link-note").isVisible()).toBe(true);
      // still the question's result: the link's query did not run
      expect(await page.locator(".sql-workbench").getAttribute("data-state")).toBe("done");
      expect(await page.locator(".explore-result").innerText()).not.toContain("from a link");
      expectClean(linked, site.url);
    } finally {
      await linked.close();
    }
  });
});
