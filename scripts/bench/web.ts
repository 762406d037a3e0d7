// npm run bench:web [-- --runs 5 --rows 1000000 --no-build --no-gzip]: the site's speed budgets,
// measured in a real browser. Builds the site (npm run build), serves dist/ on 127.0.0.1 (gzip,
// as an intranet web server would; --no-gzip to see the uncompressed bytes), drives headless
// Chromium through playwright-core, repeats each measure and prints medians:
//   - time from navigation to the first drawn (painted) chart on / and /communes/, cold cache;
//   - bytes of JavaScript, CSS, fonts and data transferred for / (and that no DuckDB is fetched);
//   - time to re-draw /communes/ after changing the indicator or the selected communes;
//   - on /explore: time until DuckDB is ready, and a unit × month aggregation over a 1-million-row
//     dossier table loaded from an Arrow file, with DuckDB and with Arquero in the same page.
//   - a phone profile (390×844, CPU slowed 4× and 1.6 Mbps down / 150 ms round trip through
//     Chromium's DevTools protocol): time until the headline figures of / are painted (Element
//     Timing of the cards' figures) and the bytes / fetches, data files apart (--only phone runs
//     just this part).
// Each budget line says "met" or by how much it was missed. This is a benchmark, not a test: it
// fails only when something cannot be measured at all (a page that does not load).
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {cpus, tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import type {Browser, Page} from "playwright-core";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import {launchChromium} from "../../test/browser/chromium.ts";
import {runCli} from "../runCli.ts";
import {serveForBench} from "./benchServer.ts";
import {budgetVerdict, formatAmount, median} from "./budget.ts";
import {dossierArrow} from "./dossierArrow.ts";
import {FIRST_CHART_PROBE, INLINED_FONT_BYTES, REDRAW_PROBE} from "./probes.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const TIMEOUT_MS = 60_000;
const TARGETS = {firstChartMs: 1000, indexJsBytes: 500_000, redrawMs: 100, aggregationMs: 500, phoneHeadlineMs: 2500, indexDataBytes: 150_000} as const;
/** A mid-range phone on a slow mobile network (issue #13); Core Web Vitals' "good" LCP is 2.5 s. */
const PHONE = {viewport: {width: 390, height: 844}, cpuSlowdown: 4, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, latencyMs: 150} as const;
/** Init script: window.benchHeadline is the render time of the first headline figure (elementtiming="headline"). */
const HEADLINE_PROBE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.identifier === "headline" && window.benchHeadline === undefined) window.benchHeadline = entry.renderTime || entry.loadTime;
}).observe({type: "element", buffered: true});`;
const DOSSIER_FILE = "dossiers.arrow";
const DISTRICT = "448";

const out = (line = ""): void => void process.stdout.write(`${line}\n`);
const ms = (values: readonly number[]): string => values.map((v) => (Number.isFinite(v) ? Math.round(v) : "–")).join(", ");

async function buildSite(): Promise<void> {
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn("npm", ["run", "build"], {cwd: ROOT, env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}, stdio: ["ignore", "pipe", "pipe"]});
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => void output.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => void output.push(chunk));
    child.once("error", fail);
    child.once("close", done);
  });
  if (code !== 0) throw new Error(`npm run build exited with ${code}; last lines:\n${output.join("").split("\n").slice(-30).join("\n")}`);
  out(`built the site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Waits until `expression` (page source text) is truthy. Polls with page.evaluate, which runs
 * outside the page's Content-Security-Policy; waitForFunction with a string would need eval,
 * which the site rightly forbids.
 */
async function waitFor(page: Page, expression: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: timed out after ${timeoutMs / 1000} s waiting for ${expression}`);
    await page.waitForTimeout(25);
  }
}

/** Fresh browser context (empty cache) for each cold measure. */
async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({serviceWorkers: "block", viewport: {width: 1280, height: 900}});
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    return await use(page);
  } finally {
    await context.close();
  }
}

/** ms from navigation until the first chart with data marks was painted, cold cache. */
async function firstChart(browser: Browser, url: string): Promise<number> {
  return withPage(browser, async (page) => {
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(url, {waitUntil: "load", timeout: TIMEOUT_MS});
    await waitFor(page, "window.benchFirstChartPainted !== undefined");
    return (await page.evaluate("window.benchFirstChartPainted")) as number;
  });
}

interface Transfer {
  readonly byKind: Map<string, {wire: number; decoded: number; files: number}>;
  readonly inlinedFontBytes: number;
  readonly duckdbRequests: string[];
}

function kindOf(url: string, type: string): string {
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(m?js)$/.test(path) || type === "Script") return "JavaScript";
  if (path.endsWith(".css") || type === "Stylesheet") return "CSS";
  if (/\.(woff2?|ttf|otf)$/.test(path) || type === "Font") return "fonts";
  if (path.startsWith("/_file/") || /\.(arrow|json|csv|parquet|zip)$/.test(path)) return "data";
  if (path.endsWith(".html") || type === "Document") return "HTML";
  return "other";
}

/** What / transfers with an empty cache, by kind: bytes on the wire (headers included) and decoded. */
async function transfer(browser: Browser, url: string): Promise<Transfer> {
  return withPage(browser, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = new Map<string, {url: string; type: string; wire: number; decoded: number}>();
    const all: string[] = [];
    cdp.on("Network.requestWillBeSent", (e) => void all.push(e.request.url));
    cdp.on("Network.responseReceived", (e) => void requests.set(e.requestId, {url: e.response.url, type: e.type, wire: 0, decoded: 0}));
    cdp.on("Network.dataReceived", (e) => {
      const r = requests.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    cdp.on("Network.loadingFinished", (e) => {
      const r = requests.get(e.requestId);
      if (r) r.wire = e.encodedDataLength;
    });
    await page.goto(url, {waitUntil: "networkidle", timeout: TIMEOUT_MS});
    await page.waitForTimeout(500);
    const byKind = new Map<string, {wire: number; decoded: number; files: number}>();
    for (const r of requests.values()) {
      if (!/^https?:/.test(r.url)) continue; // data: and blob: URLs are not transferred
      const kind = kindOf(r.url, r.type);
      const sum = byKind.get(kind) ?? {wire: 0, decoded: 0, files: 0};
      sum.wire += r.wire;
      sum.decoded += r.decoded;
      sum.files += 1;
      byKind.set(kind, sum);
    }
    const inlinedFontBytes = (await page.evaluate(INLINED_FONT_BYTES)) as number;
    return {byKind, inlinedFontBytes, duckdbRequests: all.filter((u) => /duckdb|\.wasm(\?|$)/i.test(u))};
  });
}

/**
 * / on the phone profile, cold cache: ms from navigation until the headline figures were painted,
 * and the bytes fetched on the wire (all, and data files alone) once the page is idle.
 */
async function phoneHeadline(browser: Browser, url: string): Promise<{ms: number; bytes: number; dataBytes: number}> {
  const context = await browser.newContext({serviceWorkers: "block", viewport: PHONE.viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true});
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE.uploadBitsPerSecond / 8
    });
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: PHONE.cpuSlowdown});
    const urls = new Map<string, string>();
    let bytes = 0;
    let dataBytes = 0;
    cdp.on("Network.responseReceived", (e) => void urls.set(e.requestId, e.response.url));
    cdp.on("Network.loadingFinished", (e) => {
      const u = urls.get(e.requestId);
      if (u === undefined || !/^https?:/.test(u)) return;
      bytes += e.encodedDataLength;
      if (kindOf(u, "") === "data") dataBytes += e.encodedDataLength;
    });
    await page.addInitScript(HEADLINE_PROBE);
    await page.goto(url, {waitUntil: "commit", timeout: TIMEOUT_MS});
    await waitFor(page, "window.benchHeadline !== undefined");
    const ms = (await page.evaluate("window.benchHeadline")) as number;
    await page.waitForLoadState("networkidle");
    return {ms, bytes, dataBytes};
  } finally {
    await context.close();
  }
}

/** Polls the re-draw recorder until the chart has been replaced and nothing moved for 400 ms. */
async function awaitRedraw(page: Page): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await page.waitForTimeout(50);
    const r = (await page.evaluate("window.benchRedraw.read()")) as {start: number | null; last: number | null; painted: number | null; now: number};
    if (r.start !== null && r.painted !== null && r.last !== null && r.now - r.last > 400) return r.painted - r.start;
  }
  return Number.NaN;
}

/** Re-draw times on /communes/ after changing the indicator and after ticking a commune. */
async function redraws(browser: Browser, url: string, runs: number): Promise<{indicator: number[]; communes: number[]}> {
  return withPage(browser, async (page) => {
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(url, {waitUntil: "load", timeout: TIMEOUT_MS});
    await waitFor(page, "window.benchFirstChartPainted !== undefined");
    await page.waitForLoadState("networkidle");
    await page.evaluate(REDRAW_PROBE);
    const select = page.locator("main form").getByLabel("Chỉ số", {exact: true}).first();
    const options = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const indicator: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate("window.benchRedraw.arm()");
      await select.selectOption(options[(i + 1) % options.length]!);
      indicator.push(await awaitRedraw(page));
    }
    const boxes = page.locator(".unit-picker input[type=checkbox]");
    const communes: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate("window.benchRedraw.arm()");
      await boxes.nth(i % 2).click(); // ticks or unticks: the selection changes each time
      communes.push(await awaitRedraw(page));
    }
    return {indicator, communes};
  });
}

/** ms from navigation until /explore's DuckDB held its tables, and until its first result was painted. */
async function exploreReady(browser: Browser, url: string): Promise<{ready: number; firstChart: number}> {
  return withPage(browser, async (page) => {
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(url, {waitUntil: "load", timeout: TIMEOUT_MS});
    await waitFor(page, `performance.getEntriesByName("explore:duckdb-ready").length > 0`);
    await waitFor(page, "window.benchFirstChartPainted !== undefined");
    return (await page.evaluate(`({ready: performance.getEntriesByName("explore:duckdb-ready")[0].startTime, firstChart: window.benchFirstChartPainted})`)) as {
      ready: number;
      firstChart: number;
    };
  });
}

interface Aggregation {
  load: {bytes: number; rows: number; arqueroRows: number; fetchMs: number; duckdbLoadMs: number; arqueroLoadMs: number};
  duckdb: {ms: number; groups: number}[];
  arquero: {ms: number; groups: number}[];
}

/** The dossier table loaded in /explore?bench=1, then aggregated alternately by DuckDB and Arquero. */
async function aggregation(browser: Browser, url: string, runs: number): Promise<Aggregation> {
  return withPage(browser, async (page) => {
    await page.goto(url, {waitUntil: "load", timeout: TIMEOUT_MS});
    await waitFor(page, "window.cchcExploreBench !== undefined");
    await page.evaluate("window.cchcExploreBench.ready()");
    const load = (await page.evaluate(`window.cchcExploreBench.load("/_bench/${DOSSIER_FILE}")`)) as Aggregation["load"];
    const duckdb: Aggregation["duckdb"] = [];
    const arquero: Aggregation["arquero"] = [];
    for (let i = 0; i <= runs; i++) {
      duckdb.push((await page.evaluate("window.cchcExploreBench.duckdb()")) as {ms: number; groups: number});
      arquero.push((await page.evaluate("window.cchcExploreBench.arquero()")) as {ms: number; groups: number});
    }
    return {load, duckdb, arquero};
  });
}

/** The communes receiving dossiers: Lộc Hà's 12 until 2025-06, the 5 formed on 2025-07-01 after. */
async function dossierUnits(): Promise<{before: string[]; after: string[]}> {
  const {units, lineage} = await loadReference(join(ROOT, "data", "reference"));
  const before = units.filter((u) => u.level === "commune" && u.parentId === DISTRICT && isUnitActive(u, "2025-06")).map((u) => u.id);
  const successors = new Set(lineage.filter((l) => before.includes(l.oldId) && l.fromDate === "2025-07-01").map((l) => l.newId));
  return {before, after: [...successors]};
}

async function phoneRuns(browser: Browser, url: string, runs: number): Promise<{ms: number; bytes: number; dataBytes: number}[]> {
  await phoneHeadline(browser, url).catch(() => undefined); // warm-up: the server compresses each file once
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await phoneHeadline(browser, url));
  return results;
}

function phoneLine(results: readonly {ms: number; bytes: number; dataBytes: number}[]): string {
  const times = results.map((r) => r.ms);
  const bytes = median(results.map((r) => r.bytes));
  const data = median(results.map((r) => r.dataBytes));
  return (
    `phone profile (${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ×${PHONE.cpuSlowdown}, ${PHONE.downloadBitsPerSecond / 1e6} Mbps, ${PHONE.latencyMs} ms): ` +
    `headline figures on / painted at median ${formatAmount(median(times), "ms")} (runs: ${ms(times)}) · ${budgetVerdict(median(times), TARGETS.phoneHeadlineMs, "ms")} · ` +
    `fetched ${formatAmount(bytes, "bytes")} on the wire, data ${formatAmount(data, "bytes")} · ${budgetVerdict(data, TARGETS.indexDataBytes, "bytes")}`
  );
}

runCli("bench:web", async () => {
  const {values} = parseArgs({
    options: {runs: {type: "string"}, rows: {type: "string"}, "no-build": {type: "boolean"}, "no-gzip": {type: "boolean"}, only: {type: "string"}}
  });
  const runs = Number(values.runs ?? 5);
  const rows = Number(values.rows ?? 1_000_000);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, got ${JSON.stringify(values.runs)}`);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number above 0, got ${JSON.stringify(values.rows)}`);
  const gzip = values["no-gzip"] !== true;
  if (values.only !== undefined && values.only !== "phone") throw new Error(`--only takes "phone", got ${JSON.stringify(values.only)}`);
  const phoneOnly = values.only === "phone";
  if (values["no-build"] !== true) await buildSite();
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html not found: build the site first (drop --no-build)`);

  const extras = await mkdtemp(join(tmpdir(), "cchc-bench-web-"));
  const server = await serveForBench(DIST, {extras, gzip});
  let browser: Browser | undefined;
  try {
    const started = performance.now();
    if (phoneOnly) {
      browser = await launchChromium();
      out(`Chromium ${browser.version()} headless · ${gzip ? "gzip on" : "gzip off"} · ${runs} runs, medians`);
      out(phoneLine(await phoneRuns(browser, `${server.url}/`, runs)));
      return;
    }
    await writeFile(join(extras, DOSSIER_FILE), dossierArrow(rows, {...(await dossierUnits()), switchMonth: "2025-07"}, "2021-01", "2026-10"));
    out(`generated ${rows.toLocaleString("en")} dossiers as Arrow in ${Math.round(performance.now() - started)} ms (served at /_bench/ for this run only)`);
    // Have the server compress the dossier file now, so the in-page fetch time is the transfer only.
    await (await fetch(`${server.url}/_bench/${DOSSIER_FILE}`, {headers: {"accept-encoding": "gzip"}})).arrayBuffer();
    browser = await launchChromium();
    const cpu = cpus();
    out(`Chromium ${browser.version()} headless · ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"} · Node ${process.version} · ${gzip ? "gzip on" : "gzip off"} · ${runs} runs, medians`);
    out();

    const communesBuilt = existsSync(join(DIST, "communes", "index.html"));
    const pages = ["/", ...(communesBuilt ? ["/communes/"] : []), "/explore"];
    // Warm-up: the server compresses each file once and the OS caches dist/; not measured.
    for (const path of pages) await firstChart(browser, `${server.url}${path}`).catch(() => Number.NaN);

    const lines: string[] = [];
    lines.push(phoneLine(await phoneRuns(browser, `${server.url}/`, runs)));
    out(lines.at(-1));
    for (const path of ["/", "/communes/"]) {
      if (path === "/communes/" && !communesBuilt) {
        lines.push(`first chart on ${path}: not measured: page missing`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await firstChart(browser, `${server.url}${path}`));
      lines.push(`first chart on ${path}: median ${formatAmount(median(times), "ms")} (runs: ${ms(times)}) · ${budgetVerdict(median(times), TARGETS.firstChartMs, "ms")}`);
      out(lines.at(-1));
    }

    const t = await transfer(browser, `${server.url}/`);
    const kind = (k: string) => t.byKind.get(k) ?? {wire: 0, decoded: 0, files: 0};
    const total = [...t.byKind.values()].reduce((s, k) => s + k.wire, 0);
    const describe = (k: string) =>
      kind(k).files === 0 ? `${k} none` : `${k} ${formatAmount(kind(k).wire, "bytes")} (${kind(k).files} files, ${formatAmount(kind(k).decoded, "bytes")} decoded)`;
    lines.push(
      `bytes for / (cold, on the wire): ${["JavaScript", "CSS", "fonts", "data", "HTML", "other"].map(describe).join(" · ")} · total ${formatAmount(total, "bytes")}`,
      `  fonts: ${kind("fonts").files} font files; ${formatAmount(t.inlinedFontBytes, "bytes")} of fonts inlined as data: URLs, counted in the CSS above`,
      `  JavaScript on /: ${formatAmount(kind("JavaScript").wire, "bytes")} · ${budgetVerdict(kind("JavaScript").wire, TARGETS.indexJsBytes, "bytes")} · DuckDB requests on /: ${t.duckdbRequests.length}${
        t.duckdbRequests.length ? ` (${t.duckdbRequests.join(", ")}) — MISSED: / must not load DuckDB` : " (none, as required)"
      }`
    );
    for (const line of lines.slice(-3)) out(line);

    if (communesBuilt) {
      const r = await redraws(browser, `${server.url}/communes/`, runs);
      lines.push(
        `re-draw /communes/ after changing the indicator: median ${formatAmount(median(r.indicator), "ms")} (runs: ${ms(r.indicator)}) · ${budgetVerdict(median(r.indicator), TARGETS.redrawMs, "ms")}`,
        `re-draw /communes/ after changing the selected communes: median ${formatAmount(median(r.communes), "ms")} (runs: ${ms(r.communes)}) · ${budgetVerdict(median(r.communes), TARGETS.redrawMs, "ms")}`
      );
    } else lines.push("re-draw /communes/: not measured: page missing");
    for (const line of lines.slice(communesBuilt ? -2 : -1)) out(line);

    const ready: number[] = [];
    const firstResult: number[] = [];
    for (let i = 0; i < runs; i++) {
      const e = await exploreReady(browser, `${server.url}/explore`);
      ready.push(e.ready);
      firstResult.push(e.firstChart);
    }
    lines.push(
      `/explore: DuckDB ready ${formatAmount(median(ready), "ms")} after navigation (median; runs: ${ms(ready)}) · first result charted at ${formatAmount(median(firstResult), "ms")} (runs: ${ms(firstResult)}) · no target set`
    );
    out(lines.at(-1));

    const a = await aggregation(browser, `${server.url}/explore?bench=1`, runs);
    const duck = a.duckdb.slice(1).map((r) => r.ms);
    const arq = a.arquero.slice(1).map((r) => r.ms);
    const [duckMedian, arqMedian] = [median(duck), median(arq)];
    const faster = duckMedian <= arqMedian ? `DuckDB, ${(arqMedian / duckMedian).toFixed(1)}× faster` : `Arquero, ${(duckMedian / arqMedian).toFixed(1)}× faster`;
    const groups = new Set([...a.duckdb, ...a.arquero].map((r) => r.groups));
    lines.push(
      `1M-row load (${a.load.rows.toLocaleString("en")} rows, ${formatAmount(a.load.bytes, "bytes")} Arrow): fetch ${formatAmount(a.load.fetchMs, "ms")} · into DuckDB ${formatAmount(a.load.duckdbLoadMs, "ms")} · into Arquero ${formatAmount(a.load.arqueroLoadMs, "ms")}`,
      `unit × month aggregation, DuckDB: median ${formatAmount(duckMedian, "ms")} (first run ${formatAmount(a.duckdb[0]!.ms, "ms")}; next runs: ${ms(duck)}) · ${budgetVerdict(duckMedian, TARGETS.aggregationMs, "ms")}`,
      `unit × month aggregation, Arquero: median ${formatAmount(arqMedian, "ms")} (first run ${formatAmount(a.arquero[0]!.ms, "ms")}; next runs: ${ms(arq)}) · for comparison (the page's SQL runs in DuckDB)`,
      `  faster here: ${faster}; ${groups.size === 1 ? `both give ${[...groups][0]} unit-months` : `WARNING: they disagree on the unit-months (${[...groups].join(" vs ")})`}`
    );
    for (const line of lines.slice(-4)) out(line);

    out();
    out("summary:");
    for (const line of lines) out(`  ${line}`);
  } finally {
    await browser?.close();
    await server.close();
    await rm(extras, {recursive: true, force: true});
  }
});
