// A status only against a target (issue #13): no card on any built page may say that no target
// exists and also mark the figure as met or not met ("Đạt", "Chưa đạt", ✓, ✕, "met", a green or
// red status badge). Every card of every page in dist/ is read after its charts are drawn, in
// Vietnamese, and / and /plan in English too.
import {readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {describe, expect, test} from "vitest";
import {DIST, useSite} from "./builtSite.ts";
import {openAndRecord} from "./chromium.ts";

const NO_TARGET = /không đặt chỉ tiêu|chưa có chỉ tiêu|không có chỉ tiêu|chưa đặt chỉ tiêu|no target/iu;
const MET_MARK = /(?<!\p{L})(chưa\s+)?đạt(?!\p{L})|✓|✕|\b(not\s+)?met\b|\b(on|off)\s+track\b/iu;

/** The cards that say no target exists and still carry a met/not-met mark, as "text" lines. */
export function dishonestCards(cards: readonly {readonly text: string; readonly marked: boolean}[]): string[] {
  return cards.filter((c) => NO_TARGET.test(c.text) && (c.marked || MET_MARK.test(c.text))).map((c) => c.text.replace(/\s+/g, " ").slice(0, 200));
}

function pages(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pages(path);
    return entry.name.endsWith(".html") && entry.name !== "404.html" ? [relative(DIST, path).split(sep).join("/")] : [];
  });
}

const urlPath = (rel: string): string => (rel === "index.html" ? "/" : `/${rel.replace(/index\.html$/, "").replace(/\.html$/, "")}`);
const PATHS = [...pages(DIST).map(urlPath).sort(), "/?lang=en", "/plan?lang=en"];

describe("a status only against a target", () => {
  test("the check itself: a 'no target' card with a met mark is caught, a comparison in words is not", () => {
    expect(dishonestCards([{text: "Kế hoạch không đặt chỉ tiêu ✓ Đạt", marked: false}])).toHaveLength(1);
    expect(dishonestCards([{text: "Không có chỉ tiêu được giao", marked: true}])).toHaveLength(1);
    expect(dishonestCards([{text: "No target set; better than a year earlier by 1.5 pp", marked: false}])).toEqual([]);
    expect(dishonestCards([{text: "Không có chỉ tiêu được giao; tốt hơn cùng kỳ 1,5 điểm %", marked: false}])).toEqual([]);
    expect(dishonestCards([{text: "Chỉ tiêu 100% · ✓ Đạt", marked: true}])).toEqual([]);
  });

  const site = useSite();
  const seen: string[] = [];

  test.each(PATHS)("%s: no card says 'no target' beside met or not met", async (path) => {
    const record = await openAndRecord(site.browser, `${site.url}${path}`, {timeoutMs: 30_000});
    try {
      await record.page.waitForLoadState("networkidle");
      const cards = await record.page.locator("main .card").evaluateAll((els) =>
        els.map((el) => ({text: (el as HTMLElement).innerText, marked: el.querySelector(".status-badge.status-green, .status-badge.status-red") !== null}))
      );
      seen.push(...cards.filter((c) => NO_TARGET.test(c.text)).map(() => path));
      expect(dishonestCards(cards)).toEqual([]);
    } finally {
      await record.close();
    }
  });

  test("the walk met cards that say no target is set (it looked where it matters)", () => {
    expect(seen).toContain("/");
  });
});
