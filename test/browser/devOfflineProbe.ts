// Run inside a network namespace with only loopback (see devOffline.test.ts): starts `npm run dev`
// in the current directory, opens the overview in Chromium, and prints one JSON line saying what
// the page showed and complained about. Not a test file: a child process of one.
import {spawn} from "node:child_process";
import {launchChromium, openAndRecord, outsideRequests} from "./chromium.ts";

const PORT = 3917;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const START_TIMEOUT_MS = 180_000;

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${ORIGIN}/_observablehq/client.js`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run dev did not serve ${ORIGIN}/_observablehq/client.js within ${START_TIMEOUT_MS / 1000} s`);
}

const dev = spawn("npm", ["run", "dev", "--", "--port", String(PORT)], {stdio: ["ignore", "pipe", "pipe"], detached: true});
const devOutput: string[] = [];
dev.stdout.setEncoding("utf8").on("data", (chunk: string) => void devOutput.push(chunk));
dev.stderr.setEncoding("utf8").on("data", (chunk: string) => void devOutput.push(chunk));

let result: Record<string, unknown>;
try {
  await waitForServer();
  const client = await fetch(`${ORIGIN}/_observablehq/client.js`);
  const browser = await launchChromium();
  try {
    const record = await openAndRecord(browser, `${ORIGIN}/`, {waitFor: "main svg", timeoutMs: 120_000});
    result = {
      clientStatus: client.status,
      heading: await record.page.locator("main h1").first().innerText(),
      charts: await record.page.locator("main svg").count(),
      consoleErrors: record.consoleErrors,
      pageErrors: record.pageErrors,
      outside: outsideRequests(record.requests, ORIGIN)
    };
    await record.close();
  } finally {
    await browser.close();
  }
} catch (error) {
  result = {error: String(error), devOutput: devOutput.join("").slice(-3000)};
} finally {
  if (dev.pid !== undefined) process.kill(-dev.pid, "SIGTERM");
}
process.stdout.write(`${JSON.stringify(result)}\n`);
