import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {chromium, type Browser} from "playwright-core";

export interface PrintedPage {
  readonly path: string;
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
}

/** Pages in a PDF, counted from its page objects (enough for Chromium's output). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export async function launchForPrint(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  });
}

/**
 * Prints site pages to A4 PDFs the way a leader's browser would (print stylesheet, no
 * controls, footer with sources and data date), waiting until every chart is drawn.
 */
export async function printPages(browser: Browser, origin: string, paths: readonly string[], outDir: string): Promise<PrintedPage[]> {
  await mkdir(outDir, {recursive: true});
  const printed: PrintedPage[] = [];
  const context = await browser.newContext({viewport: {width: 1000, height: 1400}});
  try {
    for (const path of paths) {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`, {waitUntil: "load"});
      await page.waitForLoadState("networkidle");
      await page.waitForSelector("main svg", {timeout: 30_000}).catch(() => undefined);
      await page.emulateMedia({media: "print"});
      const pdf = await page.pdf({format: "A4", printBackground: true, margin: {top: "0", bottom: "0", left: "0", right: "0"}, preferCSSPageSize: true});
      const name = path === "/" ? "tong-quan" : path.replace(/^\//, "").replace(/[/?=&]+/g, "-");
      const file = join(outDir, `${name}.pdf`);
      await writeFile(file, pdf);
      printed.push({path, file, bytes: pdf.length, pages: countPdfPages(pdf)});
      await page.close();
    }
  } finally {
    await context.close();
  }
  return printed;
}
