// The built site (dist/) served on 127.0.0.1 and a headless Chromium, shared by the tests of
// one file or describe block, and the check every page must pass.
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, expect} from "vitest";
import {serveDirectory} from "../../scripts/staticServer.ts";
import {launchChromium, outsideRequests, type PageRecord} from "./chromium.ts";

export const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

export interface Site {
  /** The server's origin, "http://127.0.0.1:<port>". */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves dist/ and launches Chromium before the tests of the enclosing block (or file) and
 * closes both after them; `url` and `browser` are read inside hooks and tests.
 */
export function useSite(launch: () => Promise<Browser> = launchChromium): Site {
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    }
  };
}

/** A page that logged no console or page error and requested nothing outside `origin`. */
export function expectClean(record: Pick<PageRecord, "consoleErrors" | "pageErrors" | "requests">, origin: string): void {
  expect(record.consoleErrors).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(outsideRequests(record.requests, origin)).toEqual([]);
}
