import {describe, expect, it} from "vitest";
import {yearTrend} from "../../../src/views/yearTrend.ts";

describe("yearTrend", () => {
  it("compares the latest year with the latest earlier year that has a value, skipping gaps", () => {
    const t = yearTrend([
      {period: "2020", value: 60},
      {period: "2021", value: 64.5},
      {period: "2022", value: null},
      {period: "2023", value: 63}
    ]);
    expect(t?.latest).toEqual({period: "2023", value: 63});
    expect(t?.previous).toEqual({period: "2021", value: 64.5});
    expect(t?.change).toBeCloseTo(-1.5);
    expect(t?.direction).toBe("worse");
    expect(t?.best).toEqual({period: "2021", value: 64.5});
    expect(t?.worst).toEqual({period: "2020", value: 60});
  });
  it("reads a falling rank as better", () => {
    const t = yearTrend([{period: "2021", value: 27}, {period: "2022", value: 18}], {better: "lower"});
    expect(t?.direction).toBe("better");
    expect(t?.best.value).toBe(18);
    expect(t?.worst.value).toBe(27);
  });
  it("has no direction with one year, and is null with none", () => {
    expect(yearTrend([{period: "2021", value: 5}])?.direction).toBeNull();
    expect(yearTrend([{period: "2021", value: null}])).toBeNull();
  });
});
