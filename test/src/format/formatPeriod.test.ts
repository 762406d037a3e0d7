import {describe, expect, it} from "vitest";
import {formatPeriod} from "../../../src/format/formatPeriod.ts";

describe("formatPeriod", () => {
  it("formats months", () => {
    expect(formatPeriod("2024-10")).toBe("T10/2024");
    expect(formatPeriod("2024-01")).toBe("T1/2024");
    expect(formatPeriod("2024-10", "en")).toBe("Oct 2024");
  });

  it("formats quarters", () => {
    expect(formatPeriod("2024-Q3")).toBe("Quý 3/2024");
    expect(formatPeriod("2024-Q3", "en")).toBe("Q3 2024");
  });

  it("formats halves", () => {
    expect(formatPeriod("2024-H1")).toBe("6 tháng đầu năm 2024");
    expect(formatPeriod("2024-H2")).toBe("6 tháng cuối năm 2024");
    expect(formatPeriod("2024-H1", "en")).toBe("H1 2024");
    expect(formatPeriod("2024-H2", "en")).toBe("H2 2024");
  });

  it("formats years", () => {
    expect(formatPeriod("2024")).toBe("Năm 2024");
    expect(formatPeriod("2024", "en")).toBe("2024");
  });

  it("throws on an unknown form, naming the value and the expected forms", () => {
    expect(() => formatPeriod("2024-13")).toThrow(/"2024-13".*YYYY-MM/);
    expect(() => formatPeriod("2024-Q5")).toThrow(/"2024-Q5"/);
    expect(() => formatPeriod("10/2024")).toThrow(/expected/);
  });
});
