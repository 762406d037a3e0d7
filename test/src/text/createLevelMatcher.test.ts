import {describe, expect, it} from "vitest";
import {createLevelMatcher} from "../../../src/text/createLevelMatcher.ts";
import {LEVEL_UNITS} from "./units.fixture.ts";

describe("createLevelMatcher", () => {
  it("matches only units of its level", () => {
    expect(createLevelMatcher(LEVEL_UNITS, "district")("Hà Tĩnh")).toEqual({ok: true, id: "436"});
    expect(createLevelMatcher(LEVEL_UNITS, "province")("Hà Tĩnh")).toEqual({ok: true, id: "42"});
  });

  it("refuses an ambiguous name with every candidate", () => {
    const result = createLevelMatcher(LEVEL_UNITS, "commune")("Thạch Long");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestions).toEqual(["Xã Thạch Long", "Phường Thạch Long"]);
    expect(result.expected).toContain("could be any of: Xã Thạch Long, Phường Thạch Long");
  });

  it("is told apart by the type word", () => {
    expect(createLevelMatcher(LEVEL_UNITS, "commune")("Phường Thạch Long")).toEqual({ok: true, id: "b"});
  });

  it("keeps to the units that existed in the year", () => {
    expect(createLevelMatcher(LEVEL_UNITS, "commune", "2024")("Lộc Hà")).toEqual({ok: true, id: "18568"});
    expect(createLevelMatcher(LEVEL_UNITS, "commune", "2026")("Lộc Hà")).toEqual({ok: true, id: "xa-loc-ha-2025"});
  });
});
