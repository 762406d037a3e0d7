import {describe, expect, it} from "vitest";
import {createProvinceMatcher} from "../../../src/text/createProvinceMatcher.ts";
import {LEVEL_UNITS} from "./units.fixture.ts";

describe("createProvinceMatcher", () => {
  const match = createProvinceMatcher(LEVEL_UNITS, "2024");

  it("reads Hà Tĩnh, Tỉnh Hà Tĩnh and UBND tỉnh Hà Tĩnh as the province", () => {
    for (const name of ["Hà Tĩnh", "Tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh", "HA TINH"]) expect(match(name), name).toEqual({ok: true, id: "42"});
  });

  it("never reads Thành phố Hà Tĩnh as the province, and says what it is", () => {
    for (const name of ["Thành phố Hà Tĩnh", "TP. Hà Tĩnh", "Tp Hà Tĩnh"]) {
      const result = match(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.expected, name).toContain("is Thành phố Hà Tĩnh, at another level");
    }
  });

  it("reads a province-level city with its type word and its aliases", () => {
    expect(match("Thành phố Hà Nội")).toEqual({ok: true, id: "01"});
    expect(match("Hanoi")).toEqual({ok: true, id: "01"});
  });

  it("refuses a province that did not exist in the year", () => {
    expect(match("Hà Tây").ok).toBe(false);
    expect(createProvinceMatcher(LEVEL_UNITS, "2008")("Hà Tây")).toEqual({ok: true, id: "28"});
  });
});
