import {describe, expect, it} from "vitest";
import {createDistrictMatcher} from "../../../src/text/createDistrictMatcher.ts";
import {LEVEL_UNITS} from "./units.fixture.ts";

describe("createDistrictMatcher", () => {
  const match = createDistrictMatcher(LEVEL_UNITS, "2024");

  it("reads the city, never the province of the same name", () => {
    expect(match("Thành phố Hà Tĩnh")).toEqual({ok: true, id: "436"});
    expect(match("Hà Tĩnh")).toEqual({ok: true, id: "436"});
    expect(match("Tỉnh Hà Tĩnh").ok).toBe(false);
  });

  it("tells the district from the commune-level town of the same name", () => {
    expect(match("Lộc Hà")).toEqual({ok: true, id: "442"});
    expect(match("Thị trấn Lộc Hà").ok).toBe(false);
  });

  it("knows no district after the 2025 reorganisation", () => {
    expect(createDistrictMatcher(LEVEL_UNITS, "2026")("Lộc Hà").ok).toBe(false);
  });
});
