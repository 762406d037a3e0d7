// Downloads from / in headless Chromium carry their provenance (issue #13): the SVG has the
// chart's title and, since the test build runs on sample data, the "Dữ liệu mẫu" mark drawn into
// it; the PNG is an image; the CSV's header line is Vietnamese, ends with the source and sample
// columns, and its rate columns hold percentages as shown (at most 2 decimals), not 0.787878….
import {readFile} from "node:fs/promises";
import type {Download, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openAndRecord, type PageRecord} from "./chromium.ts";
import {useSite} from "./builtSite.ts";

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download") as Promise<Download>, button.click()]);
  return readFile((await file.path())!);
}

describe("downloads from /", () => {
  const site = useSite();
  let record: PageRecord;
  let card: Locator;
  let toolbar: Locator;
  beforeAll(async () => {
    record = await openAndRecord(site.browser, `${site.url}/`, {waitFor: ".card .download-buttons"});
    // The first chart on / with all three downloads, and the card it sits in.
    toolbar = record.page.locator(".download-buttons", {has: record.page.locator("button", {hasText: /^CSV$/})}).filter({has: record.page.locator("button", {hasText: /^SVG$/})}).first();
    card = toolbar.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' card ')][1]");
    await toolbar.waitFor();
  });
  afterAll(async () => {
    await record?.close();
  });

  test("the SVG has the chart's title and the sample mark drawn into it", async () => {
    const svg = (await download(record.page, toolbar.getByRole("button", {name: "Tải ảnh SVG"}))).toString("utf8");
    expect(svg.startsWith("<?xml")).toBe(true);
    const texts = await record.page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return [...doc.documentElement.children].filter((e) => e.tagName === "text").map((t) => ({text: t.textContent ?? "", size: t.getAttribute("font-size"), cls: t.getAttribute("class")}));
    }, svg);
    const title = texts.find((t) => t.size === "16")?.text ?? "";
    expect(title.length).toBeGreaterThan(3);
    expect(await card.locator("h2").first().innerText()).toContain(title);
    const mark = texts.filter((t) => t.cls === "sample-mark").map((t) => t.text).join(" ");
    expect(mark).toContain("Dữ liệu mẫu");
    expect(texts.some((t) => t.text.startsWith("Nguồn: "))).toBe(true);
  });

  test("the PNG is an image of it", async () => {
    const png = await download(record.page, toolbar.getByRole("button", {name: "Tải ảnh PNG"}));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(300); // width, at twice the chart's size
  });

  test("the CSV has Vietnamese headers, source and sample columns, and rates as shown", async () => {
    const csv = (await download(record.page, toolbar.getByRole("button", {name: "Tải dữ liệu CSV"}))).toString("utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = csv.trim().split(/\r\n/).map((line) => line.split(","));
    expect(header!.slice(-2)).toEqual(["Nguồn", "Dữ liệu mẫu"]);
    // no bare programme key such as "value", "period", "unitId" as a header
    for (const name of header!) expect(name, `header ${name}`).not.toMatch(/^[a-z][A-Za-z]*$/);
    const rates = header!.flatMap((name, i) => (name.endsWith("(%)") ? [i] : []));
    expect(rates.length, `a rate column "… (%)" in ${header!.join(",")}`).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      for (const i of rates) expect(row[i], `rate cell in ${row.join(",")}`).toMatch(/^$|^-?\d+(\.\d{1,2})?$/);
      expect(row.at(-1)).toBe("có");
    }
  });
});
