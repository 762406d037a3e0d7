// Builds the site (npm run build), serves dist/ on 127.0.0.1 and opens every
// built page in headless Chromium: each page must draw a chart, log no errors
// and request nothing outside the local server. Plus a static scan of dist/
// and a self-test showing that these checks do fail when they should.

import {existsSync, readFileSync, readdirSync} from "node:fs";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {request} from "node:http";
import {tmpdir} from "node:os";
import {brotliDecompressSync, gunzipSync} from "node:zlib";
import {join, relative, sep} from "node:path";
import {fileURLToPath} from "node:url";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {launchChromium, openAndRecord, outsideRequests} from "./chromium.ts";
import {headerPolicy, inlineScriptHashes, pagePolicy} from "../../scripts/build/contentSecurityPolicy.ts";
import {serveDirectory} from "../../scripts/staticServer.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const BROWSER_START_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 60_000;

/** Framework's own asset folders in dist/: never pages. */
const ASSET_DIRS = new Set(["_observablehq", "_npm", "_node", "_jsr", "_file", "_import"]);

// ---------------------------------------------------------------------------
// dist/ listing

function walk(dir: string, accept: (relativePath: string) => boolean, base = dir): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    const rel = relative(base, path).split(sep).join("/");
    if (entry.isDirectory()) files.push(...walk(path, accept, base));
    else if (entry.isFile() && accept(rel)) files.push(rel);
  }
  return files.sort();
}

/** Every built page: *.html under dist/ except 404.html and Framework's asset folders. */
function listPages(dist: string): string[] {
  return walk(dist, (rel) => {
    if (!rel.endsWith(".html") || rel === "404.html") return false;
    return !ASSET_DIRS.has(rel.split("/")[0] ?? "");
  });
}

/** index.html → /, a/index.html → /a/, a/b.html → /a/b (clean URLs, as a static host serves them). */
function pageUrlPath(rel: string): string {
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel.slice(0, -".html".length)}`;
}

// The site is built once for all browser tests by test/browser/globalSetup.ts,
// before any test file is collected, so the pages are known here.
const PAGES = listPages(DIST);

// ---------------------------------------------------------------------------
// Chart probe (runs in the page; kept as plain JS source so no transpiler
// helper can leak into the serialized function)

interface ChartReport {
  svgs: number;
  marks: number;
  labels: string[];
}

const CHART_PROBE = `(() => {
  const excluded = /\\b(axis|grid|tick|rule|frame|tip)\\b/i;
  const svgs = Array.from(document.querySelectorAll("main svg"));
  const labels = new Set();
  let marks = 0;
  for (const el of document.querySelectorAll("main svg g[aria-label] :is(path, circle, rect, line)")) {
    let labelled = 0;
    let bad = false;
    for (let g = el.parentElement; g && g.tagName.toLowerCase() !== "svg"; g = g.parentElement) {
      const label = g.getAttribute("aria-label");
      if (label === null) continue;
      labels.add(label);
      labelled++;
      if (excluded.test(label)) bad = true;
    }
    if (labelled > 0 && !bad) marks++;
  }
  return {svgs: svgs.length, marks, labels: Array.from(labels).sort()};
})()`;

async function probeCharts(page: Page, waitMs: number): Promise<ChartReport> {
  // Charts may render after the first svg appears (several cells, async data).
  // Poll with evaluate: waitForFunction with a string needs eval, which the site's CSP forbids.
  const deadline = Date.now() + waitMs;
  let report = (await page.evaluate(CHART_PROBE)) as ChartReport;
  while (report.marks === 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    report = (await page.evaluate(CHART_PROBE)) as ChartReport;
  }
  return report;
}

function listing(title: string, items: readonly string[]): string {
  return `${title} (${items.length}):${items.map((item) => `\n  ${item}`).join("")}`;
}

// ---------------------------------------------------------------------------
// Static scan of dist/

const ABSOLUTE_URL = /^\s*(?:https?:)?\/\//i;

function tagAttributes(source: string): {tag: string; name: string; value: string}[] {
  const found: {tag: string; name: string; value: string}[] = [];
  for (const tagMatch of source.matchAll(/<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const tag = (tagMatch[1] ?? "").toLowerCase();
    const attrs = tagMatch[2] ?? "";
    for (const attr of attrs.matchAll(/([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      found.push({tag, name: (attr[1] ?? "").toLowerCase(), value: attr[2] ?? attr[3] ?? attr[4] ?? ""});
    }
  }
  return found;
}

function cssUrls(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const urls: string[] = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) urls.push(m[1] ?? m[2] ?? m[3] ?? "");
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2] ?? "");
  return urls;
}

function outsideReferencesInHtml(html: string): string[] {
  const bad: string[] = [];
  for (const {tag, name, value} of tagAttributes(html)) {
    const checked = name === "src" || name === "srcset" || (name === "href" && (tag === "link" || tag === "script"));
    if (!checked) continue;
    const urls = name === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0] ?? "") : [value];
    for (const url of urls) if (ABSOLUTE_URL.test(url)) bad.push(`<${tag} ${name}="${url}">`);
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const url of cssUrls(style[1] ?? "")) if (ABSOLUTE_URL.test(url)) bad.push(`<style> url(${url})`);
  }
  return bad;
}

// ---------------------------------------------------------------------------

let server: {url: string; close(): Promise<void>} | undefined;
let browser: Browser | undefined;

function live(): {origin: string; browser: Browser} {
  if (server === undefined || browser === undefined) throw new Error("server or browser not started");
  return {origin: server.url, browser};
}

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
}, BROWSER_START_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("built site", () => {
  test("dist/ has pages, including index.html", () => {
    expect(PAGES, `pages found in ${DIST}`).toContain("index.html");
  });

  // A page that is text only (a guide) says so with an element carrying data-no-chart; every
  // other page must draw a chart with data marks.
  const textOnly = (rel: string): boolean => readFileSync(join(DIST, rel), "utf8").includes("data-no-chart");

  test.each(PAGES)(
    "%s draws its charts, logs no errors and stays offline",
    async (rel) => {
      const {origin, browser} = live();
      const chartless = textOnly(rel);
      const record = await openAndRecord(browser, `${origin}${pageUrlPath(rel)}`, {waitFor: chartless ? "main" : "main svg"});
      try {
        await record.page.waitForLoadState("networkidle", {timeout: 30_000});
        const charts = chartless ? null : await probeCharts(record.page, 5_000);
        // Let anything logged while the last cells settled arrive.
        await record.page.waitForTimeout(250);

        // Soft assertions: a failing page reports every problem at once.
        if (charts !== null) {
          expect.soft(
            charts.marks,
            `${rel}: no chart with data marks in <main> (svgs: ${charts.svgs}; aria-labels seen: ${charts.labels.join(", ") || "none"})`
          ).toBeGreaterThan(0);
        }
        expect.soft(record.consoleErrors, listing(`${rel}: console errors`, record.consoleErrors)).toEqual([]);
        expect.soft(record.pageErrors, listing(`${rel}: page errors`, record.pageErrors)).toEqual([]);
        const outside = outsideRequests(record.requests, origin);
        expect.soft(outside, listing(`${rel}: requests outside ${origin}`, outside)).toEqual([]);
      } finally {
        await record.close();
      }
    },
    PAGE_TIMEOUT_MS
  );

  test("every page's policy allows exactly its own inline scripts, by hash, and no other inline script", async () => {
    const problems: string[] = [];
    for (const rel of PAGES) {
      const html = await readFile(join(DIST, rel), "utf8");
      const policy = pagePolicy(html);
      const scriptSrc = policy?.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
      if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${rel}: 'unsafe-inline' in ${scriptSrc}`);
      for (const hash of inlineScriptHashes(html)) if (!scriptSrc.includes(hash)) problems.push(`${rel}: inline script ${hash} not allowed`);
    }
    expect(problems, listing("page policies", problems)).toEqual([]);

    // An inline script slipped into a served page does not run; the page's own still do.
    const {origin, browser} = live();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route(`${origin}/`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace("</body>", "<script>document.body.dataset.injected = 'ran'</script></body>");
        await route.fulfill({response, body});
      });
      await page.goto(`${origin}/`, {waitUntil: "load"});
      await page.waitForSelector("main svg");
      expect(await page.evaluate(() => document.body.dataset.injected ?? "blocked")).toBe("blocked");
    } finally {
      await context.close();
    }
  });

  test("the server sends each page's policy as a header that forbids framing, and nosniff and no-referrer", async () => {
    const {origin} = live();
    const response = await fetch(`${origin}/pci`);
    const html = await response.text();
    expect(response.headers.get("content-security-policy")).toBe(headerPolicy(pagePolicy(html)!));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const missing = await fetch(`${origin}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("the server sends the build's brotli or gzip copy to browsers that take it, and the file itself for byte ranges", async () => {
    const {origin} = live();
    const raw = (path: string, headers: Record<string, string>): Promise<{encoding: string | undefined; body: Buffer}> =>
      new Promise((resolve, reject) => {
        const url = new URL(path, origin);
        request({host: url.hostname, port: url.port, path: url.pathname, headers}, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({encoding: res.headers["content-encoding"], body: Buffer.concat(chunks)}));
        })
          .on("error", reject)
          .end();
      });
    const page = await readFile(join(DIST, "index.html"));
    const br = await raw("/", {"accept-encoding": "gzip, br"});
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).equals(page)).toBe(true);
    const gz = await raw("/", {"accept-encoding": "gzip"});
    expect(gz.encoding).toBe("gzip");
    expect(gunzipSync(gz.body).equals(page)).toBe(true);
    const plain = await raw("/", {});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.equals(page)).toBe(true);
    const range = await raw("/", {"accept-encoding": "br", range: "bytes=0-14"});
    expect(range.encoding).toBeUndefined();
    expect(range.body.toString()).toBe("<!DOCTYPE html>");
  });

  test("Framework's pager speaks Vietnamese (its words are CSS content, English by default)", async () => {
    const {origin, browser} = live();
    const record = await openAndRecord(browser, `${origin}/`, {waitFor: "#observablehq-footer nav a[rel=next]"});
    try {
      const words = await record.page.evaluate(() => {
        const before = (selector: string): string => getComputedStyle(document.querySelector(selector)!, "::before").content;
        return before("#observablehq-footer nav a[rel=next]");
      });
      expect(words).toBe('"Trang sau"');
    } finally {
      await record.close();
    }
  });

  test("dist/ references no outside scripts, stylesheets or CSS urls", async () => {
    const problems: string[] = [];
    for (const rel of walk(DIST, (r) => r.endsWith(".html"))) {
      for (const bad of outsideReferencesInHtml(await readFile(join(DIST, rel), "utf8"))) problems.push(`${rel}: ${bad}`);
    }
    for (const rel of walk(DIST, (r) => r.endsWith(".css"))) {
      for (const url of cssUrls(await readFile(join(DIST, rel), "utf8"))) {
        if (ABSOLUTE_URL.test(url)) problems.push(`${rel}: url(${url})`);
      }
    }
    expect(problems, listing("outside references in dist/", problems)).toEqual([]);
  });
});

describe("harness self-test", () => {
  let fixtureDir: string | undefined;
  let fixture: {url: string; close(): Promise<void>} | undefined;

  beforeAll(async () => {
    fixtureDir = await mkdtemp(join(tmpdir(), "browser-harness-"));
    const page = (body: string): string =>
      `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body>${body}</body></html>`;
    await writeFile(join(fixtureDir, "index.html"), page("<main><p>index</p></main>"));
    await writeFile(join(fixtureDir, "outside.html"), page(`<main><script src="http://example.invalid/x.js"></script></main>`));
    await writeFile(join(fixtureDir, "boom.html"), page(`<main><script>console.error("boom");</script></main>`));
    await writeFile(join(fixtureDir, "throws.html"), page(`<main><script>throw new Error("kaboom");</script></main>`));
    await writeFile(
      join(fixtureDir, "axes-only.html"),
      page(`<main><svg><g aria-label="x-axis tick"><path d="M0,0v6"></path></g><g aria-label="y-grid"><line x2="10"></line></g></svg></main>`)
    );
    await writeFile(
      join(fixtureDir, "dots.html"),
      page(`<main><svg><g aria-label="x-axis tick"><path d="M0,0v6"></path></g><g aria-label="dot"><circle r="3"></circle></g></svg></main>`)
    );
    await writeFile(join(fixtureDir, "data.wasm"), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    await writeFile(join(fixtureDir, "secret.txt"), "inside\n");
    fixture = await serveDirectory(join(fixtureDir));
  });

  afterAll(async () => {
    await fixture?.close();
    if (fixtureDir !== undefined) await rm(fixtureDir, {recursive: true, force: true});
  });

  function fixtureUrl(path: string): string {
    if (fixture === undefined) throw new Error("fixture server not started");
    return `${fixture.url}${path}`;
  }

  test("outside requests and console errors are reported", async () => {
    const {browser} = live();
    const origin = fixtureUrl("");

    const outside = await openAndRecord(browser, fixtureUrl("/outside"));
    try {
      await outside.page.waitForLoadState("networkidle");
      expect(outsideRequests(outside.requests, origin)).toContain("http://example.invalid/x.js");
    } finally {
      await outside.close();
    }

    const boom = await openAndRecord(browser, fixtureUrl("/boom"));
    try {
      await boom.page.waitForLoadState("networkidle");
      expect(boom.consoleErrors.some((message) => message.includes("boom"))).toBe(true);
      expect(outsideRequests(boom.requests, origin)).toEqual([]);
      expect(boom.pageErrors).toEqual([]);
    } finally {
      await boom.close();
    }

    const throws = await openAndRecord(browser, fixtureUrl("/throws"));
    try {
      expect(throws.pageErrors.some((message) => message.includes("kaboom"))).toBe(true);
    } finally {
      await throws.close();
    }
  }, PAGE_TIMEOUT_MS);

  test("a chart needs data marks, not just axes", async () => {
    const {browser} = live();
    const axes = await openAndRecord(browser, fixtureUrl("/axes-only"), {waitFor: "main svg"});
    try {
      expect((await probeCharts(axes.page, 500)).marks).toBe(0);
    } finally {
      await axes.close();
    }
    const dots = await openAndRecord(browser, fixtureUrl("/dots"), {waitFor: "main svg"});
    try {
      expect(await probeCharts(dots.page, 500)).toEqual({svgs: 1, marks: 1, labels: ["dot", "x-axis tick"]});
    } finally {
      await dots.close();
    }
  }, PAGE_TIMEOUT_MS);

  test("outsideRequests treats same-origin, data: and same-origin blob: URLs as local", () => {
    const origin = "http://127.0.0.1:1234";
    const requests = [
      "http://127.0.0.1:1234/",
      "http://127.0.0.1:1234/_npm/d3.js",
      "data:text/plain,hi",
      "blob:http://127.0.0.1:1234/0b1c6c52-2bd0-4a47-9d3b-7a0d7f3e1a11",
      "blob:http://127.0.0.1:9999/0b1c6c52-2bd0-4a47-9d3b-7a0d7f3e1a11",
      "http://127.0.0.1:4321/x.js",
      "https://cdn.jsdelivr.net/npm/d3",
      "http://localhost:1234/x.js"
    ];
    expect(outsideRequests(requests, origin)).toEqual(requests.slice(4));
    expect(outsideRequests(requests, `${origin}/`)).toEqual(requests.slice(4));
  });

  test("static server: clean URLs, content types, ranges, no path traversal", async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}>((resolve, reject) => {
        const url = new URL(fixtureUrl("/"));
        const req = request({host: url.hostname, port: url.port, path, headers}, (res) => {
          let body = "";
          res.setEncoding("latin1").on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({status: res.statusCode ?? 0, headers: res.headers, body}));
        });
        req.on("error", reject);
        req.end();
      });
    expect((await get("/")).body).toContain("index");
    expect((await get("/boom")).body).toContain("boom");
    expect((await get("/boom.html")).headers["content-type"]).toMatch(/^text\/html/);
    expect((await get("/data.wasm")).headers["content-type"]).toBe("application/wasm");
    expect((await get("/secret.txt", {range: "bytes=1-3"})).body).toBe("nsi");
    expect((await get("/nope")).status).toBe(404);
    const outsideName = relative(fixtureDir ?? "", existsSync("/etc/hostname") ? "/etc/hostname" : ROOT);
    for (const path of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      `/${outsideName}`,
      `/${encodeURIComponent(outsideName)}`,
      "/%2fetc%2fhostname",
      "/..\\package.json"
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
