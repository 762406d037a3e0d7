// Headless Chromium (Debian's /usr/bin/chromium, not a Playwright download)
// plus helpers that record what a page requests and complains about.

import {existsSync} from "node:fs";
import {chromium} from "playwright-core";
import type {Browser, ConsoleMessage, Page} from "playwright-core";

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps"
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        `(Debian; .ci/run does this), or set CHROMIUM_PATH to a Chromium/Chrome executable.`
    );
  }
  return chromium.launch({executablePath, headless: true, args: [...CHROMIUM_ARGS]});
}

export interface PageRecord {
  page: Page;
  /** Every request URL made by the page and its workers, in order. */
  requests: string[];
  /** Console messages of type "error" (with the source location when known). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A selector to wait for (state "attached") after the load event. */
  waitFor?: string;
  /** Timeout for navigation and for waitFor; default 20 s. */
  timeoutMs?: number;
}

function describeConsoleMessage(message: ConsoleMessage): string {
  const {url, lineNumber} = message.location();
  return url ? `${message.text()} (${url}${lineNumber > 0 ? `:${lineNumber}` : ""})` : message.text();
}

export async function openAndRecord(browser: Browser, url: string, options: OpenOptions = {}): Promise<PageRecord> {
  const timeout = options.timeoutMs ?? 20_000;
  const context = await browser.newContext({serviceWorkers: "block"});
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  // Context-level listeners also see requests (and console output) of workers.
  context.on("request", (request) => void requests.push(request.url()));
  context.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(describeConsoleMessage(message));
  });
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => (closed ??= context.close());
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => void pageErrors.push(error.stack ?? `${error.name}: ${error.message}`));
    await page.goto(url, {waitUntil: "load", timeout});
    if (options.waitFor !== undefined) {
      await page.waitForSelector(options.waitFor, {state: "attached", timeout});
    }
    return {page, requests, consoleErrors, pageErrors, close};
  } catch (error) {
    await close().catch(() => {});
    const outside = outsideRequests(requests, originOf(url) ?? url);
    const details = [
      outside.length ? `requests outside ${originOf(url)}:\n  ${outside.join("\n  ")}` : "",
      consoleErrors.length ? `console errors:\n  ${consoleErrors.join("\n  ")}` : "",
      pageErrors.length ? `page errors:\n  ${pageErrors.join("\n  ")}` : ""
    ].filter(Boolean);
    if (details.length && error instanceof Error) error.message += `\n${details.join("\n")}`;
    throw error;
  }
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The requests not made to origin. data: URLs, and blob: URLs created by
 * origin (blob:http://127.0.0.1:1234/uuid), count as local.
 */
export function outsideRequests(requests: readonly string[], origin: string): string[] {
  const local = originOf(origin) ?? origin;
  return requests.filter((url) => {
    if (/^data:/i.test(url)) return false;
    if (/^blob:/i.test(url)) return originOf(url.slice("blob:".length)) !== local;
    return originOf(url) !== local;
  });
}
