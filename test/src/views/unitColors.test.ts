import {describe, expect, it} from "vitest";
import {unitColors} from "../../../src/views/unitColors.ts";

describe("unitColors", () => {
  it("gives a unit the same colour whatever the order it is listed in", () => {
    const a = unitColors(["18010", "18004", "18007"]);
    const b = unitColors(["18007", "18010", "18004"]);
    expect(a).toEqual(b);
    expect(a.domain).toEqual(["18004", "18007", "18010"]);
  });
  it("gives different units different colours up to twenty units", () => {
    const ids = Array.from({length: 20}, (_, i) => String(1000 + i));
    expect(new Set(unitColors(ids).range).size).toBe(20);
  });
  it("ignores repeated ids", () => {
    expect(unitColors(["1", "1", "2"]).domain).toEqual(["1", "2"]);
  });
});
