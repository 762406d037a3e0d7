import {describe, expect, it} from "vitest";
import {monthTickInterval} from "../../../src/views/monthTickInterval.ts";

const STEP: Record<string, number> = {month: 1, "2 months": 2, "3 months": 3, "6 months": 6, year: 12, "2 years": 24, "5 years": 60, "10 years": 120};

describe("monthTickInterval", () => {
  it("ticks every month when there is room", () => {
    expect(monthTickInterval(10, 1000)).toBe("month");
  });

  it("spreads ticks as the range grows or the chart narrows", () => {
    expect(monthTickInterval(70, 1000)).toBe("6 months"); // 17 ticks at most
    expect(monthTickInterval(70, 190)).toBe("2 years"); // a phone: 3 ticks at most
    expect(monthTickInterval(24, 360)).toBe("6 months");
  });

  it("never puts more ticks than fit, where a step leaving two ticks fits", () => {
    for (const months of [1, 5, 13, 36, 70, 200]) {
      for (const width of [190, 390, 640, 1440]) {
        const most = Math.max(2, Math.floor(width / 56));
        const fits = Object.values(STEP).some((step) => (step === 1 || step * 2 <= months) && Math.ceil(months / step) <= most);
        if (!fits) continue; // 200 months in 190 px: two ticks matter more than room
        expect(Math.ceil(months / STEP[monthTickInterval(months, width)]!), `${months} months, ${width} px`).toBeLessThanOrEqual(most);
      }
    }
  });

  it("always leaves at least two ticks in a range of two months or more (70 months on a phone: not one tick every 5 years)", () => {
    for (const months of [2, 5, 13, 36, 70, 200]) {
      for (const width of [100, 190, 390, 1440]) {
        expect(Math.floor(months / STEP[monthTickInterval(months, width)]!), `${months} months, ${width} px`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
