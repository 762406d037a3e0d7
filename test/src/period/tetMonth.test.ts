import {describe, expect, it} from "vitest";
import {tetMonth} from "../../../src/period/tetMonth.ts";

describe("tetMonth", () => {
  it("gives the month of Lunar New Year's day", () => {
    expect(tetMonth(2019)).toBe("2019-02");
    expect(tetMonth(2020)).toBe("2020-01");
    expect(tetMonth(2024)).toBe("2024-02");
    expect(tetMonth(2025)).toBe("2025-01");
    expect(tetMonth(2030)).toBe("2030-02");
  });

  it("throws outside the table", () => {
    expect(() => tetMonth(2018)).toThrow(/2018/);
    expect(() => tetMonth(2031)).toThrow(/2031/);
  });
});
