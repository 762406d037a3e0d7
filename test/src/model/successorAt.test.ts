import {describe, expect, it} from "vitest";
import {successorAt} from "../../../src/model/successorAt.ts";
import type {LineageLink} from "../../../src/model/unit.ts";

const LINKS: readonly LineageLink[] = [
  {oldId: "xa-an-loc", newId: "18430", fromDate: "2020-01-01", note: "An Lộc + Bình Lộc → Bình An"},
  {oldId: "xa-binh-loc", newId: "18430", fromDate: "2020-01-01", note: "An Lộc + Bình Lộc → Bình An"},
  {oldId: "18430", newId: "xa-loc-ha-2025", fromDate: "2025-07-01", note: "→ Xã Lộc Hà"},
  {oldId: "18568", newId: "xa-loc-ha-2025", fromDate: "2025-07-01", note: "→ Xã Lộc Hà"}
];

describe("successorAt", () => {
  it("is the unit itself before its reorganisation date", () => {
    expect(successorAt("xa-an-loc", "2019-12-31", LINKS)).toBe("xa-an-loc");
    expect(successorAt("18568", "2025-06-30", LINKS)).toBe("18568");
  });

  it("follows one link from its date on", () => {
    expect(successorAt("xa-an-loc", "2020-01-01", LINKS)).toBe("18430");
    expect(successorAt("18568", "2025-07-01", LINKS)).toBe("xa-loc-ha-2025");
  });

  it("follows a chain only as far as the date allows: An Lộc → Bình An (2020) → Xã Lộc Hà (2025-07-01)", () => {
    expect(successorAt("xa-an-loc", "2024-10-31", LINKS)).toBe("18430");
    expect(successorAt("xa-an-loc", "2025-07-01", LINKS)).toBe("xa-loc-ha-2025");
    expect(successorAt("xa-binh-loc", "2026-01-01", LINKS)).toBe("xa-loc-ha-2025");
  });

  it("leaves units that were never reorganised as they are", () => {
    expect(successorAt("18598", "2026-01-01", LINKS)).toBe("18598");
    expect(successorAt("xa-loc-ha-2025", "2026-01-01", LINKS)).toBe("xa-loc-ha-2025");
  });

  it("throws on a cycle in the lineage instead of looping", () => {
    const cycle: LineageLink[] = [
      {oldId: "a", newId: "b", fromDate: "2020-01-01", note: ""},
      {oldId: "b", newId: "a", fromDate: "2020-01-01", note: ""}
    ];
    expect(() => successorAt("a", "2021-01-01", cycle)).toThrow(/cycle/);
  });
});
