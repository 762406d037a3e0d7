// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {statusBadge} from "../../../docs/components/statusBadge.js";

describe("statusBadge", () => {
  it("says the status in words and with a symbol, not by colour alone", () => {
    const words = ["green", "amber", "red"].map((s) => {
      const badge = statusBadge(s) as HTMLElement;
      expect(badge.classList.contains(`status-${s}`)).toBe(true);
      expect(badge.querySelector(".status-symbol")?.getAttribute("aria-hidden")).toBe("true");
      return badge.querySelector(".status-label")?.textContent;
    });
    expect(words).toEqual(["Đạt", "Cần chú ý", "Chưa đạt"]);
    expect((statusBadge("red", {lang: "en"}) as HTMLElement).textContent).toContain("Off track");
  });

  it("shows an unknown or missing status as 'no data', never as good or bad", () => {
    for (const s of [null, undefined, "purple", "toString", "none"]) {
      const badge = statusBadge(s) as HTMLElement;
      expect(badge.dataset.status).toBe("none");
      expect(badge.textContent).toContain("Không có số liệu");
    }
  });

  it("takes a custom word and a reason as tooltip, as text", () => {
    const badge = statusBadge("amber", {label: "<b>Gần đạt</b>", title: "Dưới chỉ tiêu 2 điểm %"}) as HTMLElement;
    expect(badge.querySelector("b")).toBeNull();
    expect(badge.querySelector(".status-label")?.textContent).toBe("<b>Gần đạt</b>");
    expect(badge.title).toBe("Dưới chỉ tiêu 2 điểm %");
  });
});
