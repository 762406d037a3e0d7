// Pages are short notebooks (issue #12): imports, data, inputs, layout. What a page computes lives in
// tested functions in src/views/, and its words in the text catalogue (src/text/catalogue/).
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";

const DOCS = new URL("../../docs/", import.meta.url).pathname;
const MAX_PAGE_LINES = 80;
const MAX_TOTAL_LINES = 600;

/** Pages and components not yet moved to views and the catalogue. Remove a path when you move it; the list must end empty. */
const NOT_YET_CONVERTED = new Set<string>([
  "index.md",
  "communes/index.md",
  "communes/[unit].md",
  "pci.md",
  "ddci.md",
  "qd766.md",
  "plan.md",
  "explore.md",
  "methodology.md",
  "guide/add-source.md",
  "communes/text.js",
  "components/bumpChart.js",
  "components/cappedQuery.js",
  "components/compareChart.js",
  "components/downloads.js",
  "components/exploreSources.js",
  "components/headlineCard.js",
  "components/indexSourceNote.js",
  "components/labels.js",
  "components/planCharts.js",
  "components/planLabels.js",
  "components/planTables.js",
  "components/printFooter.js",
  "components/progressBadge.js",
  "components/qd766Card.js",
  "components/rankBarsRealSample.js",
  "components/rankHeatmap.js",
  "components/rankedBars.js",
  "components/resultChart.js",
  "components/sortableTable.js",
  "components/sqlWorkbench.js",
  "components/statusBadge.js",
  "components/subIndexPanels.js",
  "components/trendChart.js",
  "components/unitPicker.js",
  "components/yearChart.js"
]);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") || entry.name === "data" || entry.name === "lib" ? [] : files(path, ext);
    return entry.name.endsWith(ext) ? [relative(DOCS, path)] : [];
  });
}

/** Lines of JavaScript in a page's ```js blocks. */
function jsLines(markdown: string): number {
  return [...markdown.matchAll(/^```js[^\n]*\n([\s\S]*?)^```/gm)].reduce((n, [, code]) => n + code.split("\n").filter((line) => line.trim() !== "").length, 0);
}

// `vi ? "…" : "…"`, `lang === "vi" ? …` and `{vi: "…", en: "…"}`: words chosen in place instead of looked up in the catalogue.
const INLINE_LANGUAGE_CHOICE = /\b(?:vi|isVi)\s*\?\s*[`"'(]|\blang\s*={2,3}\s*["'](?:vi|en)["']\s*\?|\bvi:\s*[{"'`]/;

const pages = files(DOCS, ".md");
const components = files(DOCS, ".js");

describe("pages read like notebooks", () => {
  it.each(pages.filter((page) => !NOT_YET_CONVERTED.has(page)))("%s has at most 80 lines of JavaScript", (page) => {
    expect(jsLines(readFileSync(join(DOCS, page), "utf8"))).toBeLessThanOrEqual(MAX_PAGE_LINES);
  });

  it("all pages together hold under 600 lines of JavaScript once converted", () => {
    const total = pages.reduce((n, page) => n + jsLines(readFileSync(join(DOCS, page), "utf8")), 0);
    if (NOT_YET_CONVERTED.size === 0) expect(total).toBeLessThan(MAX_TOTAL_LINES);
    else expect(total).toBeGreaterThan(0);
  });

  it.each([...pages, ...components].filter((path) => !NOT_YET_CONVERTED.has(path)))("%s takes its words from the catalogue, not inline vi ? … : …", (path) => {
    const lines = readFileSync(join(DOCS, path), "utf8").split("\n");
    const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => INLINE_LANGUAGE_CHOICE.test(line));
    expect(offending.map(([n, line]) => `${path}:${n}: ${line.trim()}`)).toEqual([]);
  });

  it("the not-yet-converted list names only files that exist", () => {
    const known = new Set([...pages, ...components]);
    expect([...NOT_YET_CONVERTED].filter((path) => !known.has(path))).toEqual([]);
  });
});
