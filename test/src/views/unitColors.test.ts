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

describe("unitColors with today's units first", () => {
  it("gives today's units the strong colours, whatever order either list is in", () => {
    const a = unitColors(["18004", "18007", "xa-b-2025", "xa-a-2025"], ["xa-b-2025", "xa-a-2025"]);
    const b = unitColors(["xa-a-2025", "18007", "xa-b-2025", "18004"], ["xa-a-2025", "xa-b-2025"]);
    expect(a).toEqual(b);
    expect(a.domain).toEqual(["xa-a-2025", "xa-b-2025", "18004", "18007"]);
    expect(a.range.slice(0, 2)).toEqual(["#4e79a7", "#f28e2b"]);
  });
  it("ignores a first unit that is not among the units", () => {
    expect(unitColors(["1", "2"], ["9", "2"]).domain).toEqual(["2", "1"]);
  });
});
