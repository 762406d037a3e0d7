// The site built for another area (CCHC_AREA names its area file): three former communes of
// Thành phố Hà Tĩnh (Thạch Trung, Đồng Môn, Thạch Hạ; phường from 2025-01-01, part of Phường
// Trần Phú from 2025-07-01), in a copy of the project. Its pages must show that area's units only.
import {existsSync} from "node:fs";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {serveDirectory} from "../../scripts/staticServer.ts";
import {projectCopy} from "../helpers/projectCopy.ts";
import {buildSite} from "./buildSite.ts";
import {expectClean} from "./builtSite.ts";
import {launchChromium, openAndRecord} from "./chromium.ts";

const BUILD_TIMEOUT_MS = 12 * 60_000;
const LINES = "main svg g[aria-label='line'] path";

describe("a site built for another area (CCHC_AREA)", () => {
  let root: string | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    root = await projectCopy();
    await buildSite(root, {CCHC_AREA: join("data", "reference", "areas", "tran-phu-ha-tinh.json")});
    server = await serveDirectory(join(root, "dist"));
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root !== undefined) await rm(root, {recursive: true, force: true});
  });
  const open = (path: string) => openAndRecord(browser!, `${server!.url}${path}`, {waitFor: LINES});

  test("builds a page for each of the area's units and none for Lộc Hà's", () => {
    for (const id of ["xa-thach-trung", "phuong-thach-trung", "phuong-tran-phu-2025"]) expect(existsSync(join(root!, "dist", "communes", `${id}.html`)), id).toBe(true);
    for (const id of ["18580", "xa-loc-ha-2025"]) expect(existsSync(join(root!, "dist", "communes", `${id}.html`)), id).toBe(false);
  });

  test("/ is titled by the area, carries its three communes into Phường Trần Phú and writes its sentence for the area", async () => {
    const overview = await open("/");
    try {
      expect(await overview.page.locator("main h1").innerText()).toContain("Cải cách hành chính Trần Phú");
      expect(await overview.page.locator("p.subtitle").innerText()).toContain("toàn địa bàn Thạch Trung, Đồng Môn, Thạch Hạ cũ (3 xã, thị trấn đến 6/2025; 1 xã, phường kế thừa từ 7/2025)");
      expect(await overview.page.locator(`${LINES} title`).allTextContents()).toEqual(["Phường Trần Phú"]);
      expectClean(overview, server!.url);
    } finally {
      await overview.close();
    }
    // the sentence and the cards are written at build time for the area, and name none of Lộc Hà's communes
    const html = await (await fetch(`${server!.url}/`)).text();
    expect(html).toMatch(/<p class="overview-sentence"><strong>Tháng \d{1,2}\/\d{4}: /);
    const written = html.slice(html.indexOf('class="overview-static"'), html.indexOf('data-lang="en"'));
    expect(written).not.toMatch(/Lộc Hà|Hộ Độ/);
  });

  test("/communes/ compares the area's communes against the area's total, named as the area after 2024", async () => {
    const record = await open("/communes/");
    try {
      // the trend chart and the rank chart: today's unit of the area (by default) and the area's total
      await expect
        .poll(async () => [...new Set(await record.page.locator(`${LINES} title`).allTextContents())].sort())
        .toEqual(["Phường Trần Phú", "Toàn địa bàn Thạch Trung, Đồng Môn, Thạch Hạ cũ"].sort());
      // the old units on request list every unit of the area, and no commune of Lộc Hà
      await record.page.goto(`${server!.url}/communes/?view=old&from=2021-01`);
      await expect.poll(() => record.page.locator("main").innerText()).toContain("Phường Thạch Hạ");
      const text = await record.page.locator("main").innerText();
      for (const name of ["Thị trấn Lộc Hà", "Xã Thạch Kim", "Xã Hộ Độ"]) expect(text).not.toContain(name);
      expectClean(record, server!.url);
    } finally {
      await record.close();
    }
  });

  test.each(["/online-services", "/postal", "/communes/xa-thach-trung", "/communes/phuong-tran-phu-2025", "/ddci", "/plan"])("%s draws its charts with no error", async (path) => {
    const record = await openAndRecord(browser!, `${server!.url}${path}`, {waitFor: "main svg"});
    try {
      expectClean(record, server!.url);
    } finally {
      await record.close();
    }
  });

  test("/methodology states the rules of this area, not Lộc Hà's", async () => {
    const record = await openAndRecord(browser!, `${server!.url}/methodology`, {waitFor: "[data-testid=methodology-sources]"});
    try {
      const text = await record.page.locator("main").innerText();
      expect(text).toContain("đơn vị cũ của Thạch Trung, Đồng Môn, Thạch Hạ cũ");
      expect(text).not.toContain("Lộc Hà cũ");
      expectClean(record, server!.url);
    } finally {
      await record.close();
    }
  });

  test("/explore asks its ready questions of this area's communes", async () => {
    const record = await openAndRecord(browser!, `${server!.url}/explore?q=radio-programme-missed`, {waitFor: ".sql-workbench[data-state=done]", timeoutMs: 60_000});
    try {
      const sql = await record.page.locator(".sql-workbench textarea").inputValue();
      expect(sql).toContain("'xa-thach-trung'");
      expect(sql).not.toContain("'448'");
      expect(await record.page.locator(".explore-result table").count()).toBe(1);
      expectClean(record, server!.url);
    } finally {
      await record.close();
    }
  });
});
