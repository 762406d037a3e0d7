import {readFileSync} from "node:fs";
import type {OverviewBuild} from "./overviewBuild.ts";
import {overviewStatic} from "./overviewMarkdown.ts";

/**
 * The interactive part of / (Framework Markdown: ```js blocks that read only data/overview.json),
 * kept in its own .md file so it reads like the other pages; the page-shape test counts its
 * JavaScript (test/docs/pageShape.test.ts follows page loaders to the Markdown they read).
 */
const INTERACTIVE = new URL("./overviewInteractive.md", import.meta.url);

/** The whole Markdown of /: front matter, the static top in Vietnamese and English, then the interactive part. */
export function overviewPage(build: OverviewBuild): string {
  return ["---", "title: Tổng quan", "toc: false", "---", "", overviewStatic(build, "vi", false), "", overviewStatic(build, "en", true), "", readFileSync(INTERACTIVE, "utf8")].join("\n");
}
