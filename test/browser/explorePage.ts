// Driving the /explore workbench in a test: wait for a run to settle, run a ready-made
// question or a query typed in the editor, open a ?sql= link.
import type {Browser, Page} from "playwright-core";
import {expect} from "vitest";
import {join} from "node:path";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {readyQuestions} from "../../src/explore/readyQuestions.ts";
import {PROJECT_ROOT} from "../helpers/tempProject.ts";
import {openAndRecord, type PageRecord} from "./chromium.ts";

export const DONE = ".sql-workbench[data-state=done]";

const REFERENCE = await loadReference(join(PROJECT_ROOT, "data", "reference"));
/** The ready-made questions as the built site asks them (of the area in data/reference/area.json). */
export const READY_QUESTIONS = readyQuestions(REFERENCE.area!, REFERENCE.units, REFERENCE.lineage);

/** Waits until the workbench has finished (done, error, cancelled or failed) and returns that state. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => !["loading", "ready", "running", "submitted"].includes(document.querySelector(".sql-workbench")?.getAttribute("data-state") ?? "loading"), undefined, {
    timeout: 30_000
  });
  return (await page.locator(".sql-workbench").getAttribute("data-state")) ?? "";
}

/** Clicks a ready-made question and waits until its result is on the page. */
export async function runQuestion(page: Page, id: string): Promise<void> {
  const question = READY_QUESTIONS.find((q) => q.id === id)!;
  await page.locator(`.sql-questions button[data-question="${id}"]`).click();
  await expect.poll(() => page.url()).toContain(`q=${id}`);
  expect(await settled(page)).toBe("done");
  await expect.poll(() => page.locator(".explore-result h2").innerText()).toContain(question.titleVi);
}

/** Types `sql` in the editor, runs it with Ctrl+Enter and returns the state it settles in. */
export async function runSql(page: Page, sql: string): Promise<string> {
  await page.locator(".sql-workbench textarea").fill(sql);
  // Mark the workbench first, so that the "done" of the previous run is not taken for this one's.
  await page.locator(".sql-workbench").evaluate((element) => element.setAttribute("data-state", "submitted"));
  await page.locator(".sql-workbench textarea").press("Control+Enter");
  return settled(page);
}

/** Opens /explore from a ?sql= link and checks the query waits in the editor with the link note. */
export async function openFromLink(browser: Browser, origin: string, sql: string): Promise<PageRecord> {
  const record = await openAndRecord(browser, `${origin}/explore?sql=${encodeURIComponent(sql)}`, {waitFor: ".sql-workbench[data-state=ready]", timeoutMs: 60_000});
  expect(await record.page.locator(".sql-workbench textarea").inputValue()).toBe(sql);
  expect(await record.page.locator(".sql-link-note").isVisible()).toBe(true);
  return record;
}
