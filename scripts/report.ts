// npm run report: builds the site (npm run build first if dist/ is missing) and writes A4 PDFs
// of the overview and of every commune page into reports/, with headless Chromium.
import {existsSync} from "node:fs";
import {readdir} from "node:fs/promises";
import {join} from "node:path";
import {serveDirectory} from "./staticServer.ts";
import {launchForPrint, printPages} from "./report/printPages.ts";
import {runCli} from "./runCli.ts";

runCli("report", async () => {
  if (!existsSync(join("dist", "index.html"))) throw new Error("dist/ has no site: run npm run build first");
  const communes = existsSync(join("dist", "communes"))
    ? (await readdir(join("dist", "communes"))).filter((f) => f.endsWith(".html") && f !== "index.html").map((f) => `/communes/${f.slice(0, -5)}`).sort()
    : [];
  const server = await serveDirectory("dist");
  const browser = await launchForPrint();
  try {
    const printed = await printPages(browser, server.url, ["/", ...communes], "reports");
    for (const p of printed) process.stdout.write(`report: ${p.file} (${p.pages} A4 page${p.pages === 1 ? "" : "s"}, ${Math.round(p.bytes / 1024)} kB)\n`);
  } finally {
    await browser.close();
    await server.close();
  }
});
