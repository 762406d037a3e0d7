import {describe, expect, it} from "vitest";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";

describe("monthsBetween", () => {
  it("lists months inclusively across a year end", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("gives one month when both ends are equal", () => {
    expect(monthsBetween("2024-10", "2024-10")).toEqual(["2024-10"]);
  });

  it("is empty when from is after to", () => {
    expect(monthsBetween("2024-10", "2024-09")).toEqual([]);
  });

  it("throws on a malformed month", () => {
    expect(() => monthsBetween("2024-1", "2024-03")).toThrow(/"2024-1"/);
    expect(() => monthsBetween("2024-01", "2024-13")).toThrow(/"2024-13"/);
  });
});
