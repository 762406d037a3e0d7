// Pages are short notebooks (issue #12): imports, data, inputs, layout. What a page computes lives in
// tested functions in src/views/, and its words in the text catalogue (src/text/catalogue/).
import {readFileSync, readdirSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";

const DOCS = new URL("../../docs/", import.meta.url).pathname;
const MAX_PAGE_LINES = 80;
const MAX_TOTAL_LINES = 600;

/** Pages and components not yet moved to views and the catalogue. Remove a path when you move it; the list must end empty. */
const NOT_YET_CONVERTED = new Set<string>([]);

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

/**
 * The Markdown a page loader (`docs/<page>.md.ts`, Framework's page loaders) prints, as far as it
 * is written in files: the loader's own text, the modules it imports and their siblings in the
 * same folder (the page's own code, not the library), and every `.md` file those read
 * (`new URL("./x.md", import.meta.url)`). What the page runs in the browser is in their ```js
 * blocks, so they count like a page's; `markdownOnly` keeps the loader and the .md files (the
 * words the page shows) for the catalogue check.
 */
function pageLoaderMarkdown(loader: string, markdownOnly = false): string {
  const seen = new Set<string>();
  const texts: string[] = [];
  const start = join(DOCS, loader);
  const visit = (path: string, from: string | null): void => {
    if (seen.has(path)) return;
    if (from !== null && from !== start && !path.endsWith(".md") && dirname(path) !== dirname(from)) return;
    seen.add(path);
    const text = readFileSync(path, "utf8");
    if (!markdownOnly || path === start || path.endsWith(".md")) texts.push(text);
    if (path.endsWith(".md")) return;
    for (const [, spec] of text.matchAll(/from\s+"(\.{1,2}\/[^"]+\.ts)"/g)) visit(join(dirname(path), spec!), path);
    for (const [, spec] of text.matchAll(/new URL\("(\.{1,2}\/[^"]+\.md)",\s*import\.meta\.url\)/g)) visit(join(dirname(path), spec!), path);
  };
  visit(start, null);
  return texts.join("\n");
}

const pageLoaders = files(DOCS, ".md.ts");
const pageText = (page: string): string => (page.endsWith(".md.ts") ? pageLoaderMarkdown(page) : readFileSync(join(DOCS, page), "utf8"));
const pages = [...files(DOCS, ".md"), ...pageLoaders];
const components = files(DOCS, ".js");

describe("pages read like notebooks", () => {
  it.each(pages.filter((page) => !NOT_YET_CONVERTED.has(page)))("%s has at most 80 lines of JavaScript", (page) => {
    expect(jsLines(pageText(page))).toBeLessThanOrEqual(MAX_PAGE_LINES);
  });

  it("all pages together hold under 600 lines of JavaScript once converted", () => {
    const total = pages.reduce((n, page) => n + jsLines(pageText(page)), 0);
    if (NOT_YET_CONVERTED.size === 0) expect(total).toBeLessThan(MAX_TOTAL_LINES);
    else expect(total).toBeGreaterThan(0);
  });

  it.each([...pages, ...components].filter((path) => !NOT_YET_CONVERTED.has(path)))("%s takes its words from the catalogue, not inline vi ? … : …", (path) => {
    const lines = (path.endsWith(".md.ts") ? pageLoaderMarkdown(path, true) : readFileSync(join(DOCS, path), "utf8")).split("\n");
    const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => INLINE_LANGUAGE_CHOICE.test(line));
    expect(offending.map(([n, line]) => `${path}:${n}: ${line.trim()}`)).toEqual([]);
  });

  it("follows a page loader to the JavaScript it prints", () => {
    for (const loader of pageLoaders) expect(jsLines(pageText(loader)), loader).toBeGreaterThan(0);
  });

  it("the not-yet-converted list names only files that exist", () => {
    const known = new Set([...pages, ...components]);
    expect([...NOT_YET_CONVERTED].filter((path) => !known.has(path))).toEqual([]);
  });
});

// The area is data (data/reference/area.json): pages and components name no unit id, no
// reorganisation date and no place of the area; they read them from `ref.area`.
const AREA_IN_CODE = [
  /(?<!=)["'`](?!\d00["'`])\d{2,5}["'`]/, // a unit id such as "448", "42" or "18568" (not an SVG attribute or a font weight such as "700")
  /20(?:24|25)-(?:01|07)(?:-01)?\b/, // a reorganisation date
  /Lộc Hà|Thạch Hà/ // places of the area
];

describe("the area is data", () => {
  // The analysts' guide shows example values on purpose; comments may give examples too.
  const checked = [...pages, ...components].filter((path) => !NOT_YET_CONVERTED.has(path) && !path.startsWith("guide/"));
  const isComment = (line: string): boolean => /^\s*(?:\/\/|\/\*|\*)/.test(line);
  it.each(checked)("%s names no unit, date or place of the area", (path) => {
    const lines = readFileSync(join(DOCS, path), "utf8").split("\n");
    const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => !isComment(line) && AREA_IN_CODE.some((pattern) => pattern.test(line)));
    expect(offending.map(([n, line]) => `${path}:${n}: ${line.trim()}`)).toEqual([]);
  });
});
