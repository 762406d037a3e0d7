import {describe, expect, it} from "vitest";
import {monthTickInterval} from "../../../src/views/monthTickInterval.ts";

describe("monthTickInterval", () => {
  it("ticks every month when there is room", () => {
    expect(monthTickInterval(10, 1000)).toBe("month");
  });

  it("spreads ticks as the range grows or the chart narrows", () => {
    expect(monthTickInterval(70, 1000)).toBe("6 months"); // 13 ticks at most
    expect(monthTickInterval(70, 360)).toBe("2 years"); // 5 ticks at most
    expect(monthTickInterval(24, 360)).toBe("6 months");
  });

  it("never puts more ticks than fit", () => {
    for (const months of [1, 5, 13, 36, 70, 200]) {
      for (const width of [200, 390, 640, 1440]) {
        const interval = monthTickInterval(months, width);
        const step = {month: 1, "2 months": 2, "3 months": 3, "6 months": 6, year: 12, "2 years": 24, "5 years": 60, "10 years": 120}[interval]!;
        expect(Math.ceil(months / step)).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 72)));
      }
    }
  });
});
