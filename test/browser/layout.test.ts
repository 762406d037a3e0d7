// Pages fit the screen they are read on (issue #13): at 360, 390, 1024 and 1440 px wide, no page
// scrolls sideways, no chart label sticks out of its chart (an SVG <text> whose box leaves its
// <svg>'s box is clipped or spills over its neighbours), and the tick labels of one axis do not
// run into each other ("Q1/2021Q2/2021"). Every built page, the commune pages by one of them.
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {useSite} from "./builtSite.ts";
import {pagesToCheck, settle} from "./sitePages.ts";

const WIDTHS = [360, 390, 1024, 1440] as const;
const PAGE_TIMEOUT_MS = 180_000;

type Kind = "sideways-scroll" | "label-outside-svg" | "tick-labels-overlap";

interface Problem {
  kind: Kind;
  detail: string;
}

/**
 * Problems known and not yet fixed, as "<page> <width> <kind>", each with its cause. Each must
 * still occur (a fixed one fails the test until it is removed here), so the list stays true.
 */
const KNOWN_LAYOUT_PROBLEMS: readonly string[] = [];

// Runs in the page (a string, so no transpiler helper leaks into it).
const PROBE = `(() => {
  const problems = [];
  const slack = 1;
  const scroller = document.scrollingElement;
  if (scroller.scrollWidth > innerWidth + slack) {
    const wide = Array.from(document.querySelectorAll("#observablehq-main *"))
      .filter((el) => el.getBoundingClientRect().right > innerWidth + slack && getComputedStyle(el).position !== "fixed")
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= innerWidth + slack)
      .slice(0, 3)
      .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : ""));
    problems.push({kind: "sideways-scroll", detail: scroller.scrollWidth + " > " + innerWidth + " (" + wide.join(", ") + ")"});
  }
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const name = (svg) => svg.getAttribute("aria-label") || svg.closest("[data-testid]")?.getAttribute("data-testid") || svg.closest("figure, .card, div[class]")?.className || "svg";
  for (const svg of document.querySelectorAll("#observablehq-main svg")) {
    if (svg.parentElement && svg.parentElement.closest("svg")) continue;
    if (!visible(svg)) continue;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    for (const text of svg.querySelectorAll("text")) {
      if (!visible(text) || text.textContent.trim() === "") continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) {
        problems.push({kind: "label-outside-svg", detail: name(svg) + ": \\"" + text.textContent.trim().slice(0, 40) + "\\""});
      }
    }
    for (const axis of svg.querySelectorAll("g[aria-label$='tick label']")) {
      const labels = Array.from(axis.querySelectorAll("text")).filter((t) => visible(t) && t.textContent.trim() !== "");
      const boxes = labels.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > slack && overlapY > slack) {
            problems.push({kind: "tick-labels-overlap", detail: name(svg) + " " + axis.getAttribute("aria-label") + ": \\"" + labels[i].textContent.trim() + "\\" / \\"" + labels[j].textContent.trim() + "\\""});
          }
        }
      }
    }
  }
  return problems;
})()`;

async function problemsAt(page: Page, width: number): Promise<Problem[]> {
  await page.setViewportSize({width, height: 900});
  await settle(page);
  return (await page.evaluate(PROBE)) as Problem[];
}

const PAGES = await pagesToCheck();

describe("every page fits 360, 390, 1024 and 1440 px: no sideways scroll, no clipped or colliding chart labels", () => {
  const site = useSite();

  test.each(PAGES)(
    "%s",
    async (path) => {
      const context = await site.browser.newContext({viewport: {width: WIDTHS[0], height: 900}, serviceWorkers: "block"});
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`, {waitUntil: "load", timeout: 60_000});
        const found = new Map<string, string[]>();
        // Charts are drawn for the width they get: each width is measured after the page redrew for it.
        for (const width of WIDTHS) {
          for (const problem of await problemsAt(page, width)) {
            const key = `${path} ${width} ${problem.kind}`;
            found.set(key, [...(found.get(key) ?? []), problem.detail]);
          }
        }
        const known = new Set(KNOWN_LAYOUT_PROBLEMS.filter((k) => k.startsWith(`${path} `)));
        const unexpected = [...found].filter(([key]) => !known.has(key)).map(([key, details]) => `${key}: ${[...new Set(details)].slice(0, 6).join("; ")}`);
        expect(unexpected).toEqual([]);
        const fixed = [...known].filter((key) => !found.has(key));
        expect(fixed, `${path}: fixed, remove from KNOWN_LAYOUT_PROBLEMS`).toEqual([]);
      } finally {
        await context.close();
      }
    },
    PAGE_TIMEOUT_MS
  );
});
