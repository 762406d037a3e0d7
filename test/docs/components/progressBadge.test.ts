// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {progressBadge, progressLabel, progressSymbol} from "../../../docs/components/progressBadge.js";

describe("progressBadge", () => {
  it("says each progress status with a symbol and a word, not by colour alone", () => {
    const shown = ["done", "on-track", "behind", "not-started"].map((s) => {
      const badge = progressBadge(s) as HTMLElement;
      expect(badge.dataset.status).toBe(s);
      expect(badge.querySelector(".status-symbol")?.getAttribute("aria-hidden")).toBe("true");
      return badge.textContent;
    });
    expect(shown).toEqual(["✓Hoàn thành", "→Đúng tiến độ", "!Chậm tiến độ", "✕Chưa triển khai"]);
    // four colours: done and on track are told apart
    expect(new Set(["done", "on-track", "behind", "not-started"].map((s) => (progressBadge(s) as HTMLElement).className)).size).toBe(4);
    expect((progressBadge("behind", {lang: "en"}) as HTMLElement).textContent).toBe("!Behind");
  });

  it("flags a window met late, and shows an unknown status as not owed, never as good or bad", () => {
    expect((progressBadge("done", {late: true}) as HTMLElement).textContent).toBe("✓Hoàn thành (muộn)");
    for (const s of [null, undefined, "green", "toString"]) {
      const badge = progressBadge(s) as HTMLElement;
      expect(badge.dataset.status).toBe("none");
      expect(badge.textContent).toBe("–Không áp dụng");
    }
    expect(progressLabel("not-started", "en")).toBe("Not started");
    expect(progressSymbol("on-track")).toBe("→");
  });

  it("puts the tooltip in as text", () => {
    const badge = progressBadge("behind", {title: "<b>37/48</b>"}) as HTMLElement;
    expect(badge.title).toBe("<b>37/48</b>");
    expect(badge.querySelector("b")).toBeNull();
  });
});
