import {describe, expect, it} from "vitest";
import {periodOf} from "../../../src/period/periodOf.ts";

describe("periodOf", () => {
  it("gives the period of each grain containing a month", () => {
    expect(periodOf("2024-10", "month")).toBe("2024-10");
    expect(periodOf("2024-10", "quarter")).toBe("2024-Q4");
    expect(periodOf("2024-10", "half")).toBe("2024-H2");
    expect(periodOf("2024-10", "year")).toBe("2024");
  });

  it("puts boundary months in the right quarter and half", () => {
    expect(periodOf("2024-03", "quarter")).toBe("2024-Q1");
    expect(periodOf("2024-04", "quarter")).toBe("2024-Q2");
    expect(periodOf("2024-06", "half")).toBe("2024-H1");
    expect(periodOf("2024-07", "half")).toBe("2024-H2");
  });

  it("throws on a malformed month, naming it", () => {
    expect(() => periodOf("2024-13", "month")).toThrow(/"2024-13"/);
    expect(() => periodOf("2024-1", "year")).toThrow(/"2024-1"/);
    expect(() => periodOf("10/2024", "quarter")).toThrow(/YYYY-MM/);
  });
});
