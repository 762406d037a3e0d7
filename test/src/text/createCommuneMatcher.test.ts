import {describe, expect, it} from "vitest";
import {createCommuneMatcher} from "../../../src/text/createCommuneMatcher.ts";
import {LEVEL_UNITS} from "./units.fixture.ts";

describe("createCommuneMatcher", () => {
  it("reads the town, never the district of the same name", () => {
    const match = createCommuneMatcher(LEVEL_UNITS, "2024");
    expect(match("Thị trấn Lộc Hà")).toEqual({ok: true, id: "18568"});
    const district = match("Huyện Lộc Hà");
    expect(district.ok).toBe(false);
    if (!district.ok) expect(district.expected).toContain("is Huyện Lộc Hà, at another level");
  });

  it("lists the candidates of an ambiguous name", () => {
    const result = createCommuneMatcher(LEVEL_UNITS, "2024")("Thạch Long");
    expect(result).toMatchObject({ok: false, suggestions: ["Xã Thạch Long", "Phường Thạch Long"]});
  });
});
