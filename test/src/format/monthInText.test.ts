import {describe, expect, it} from "vitest";
import {monthInText} from "../../../src/format/monthInText.ts";

describe("monthInText", () => {
  it("writes a month without a leading zero in Vietnamese and in full in English", () => {
    expect(monthInText("2025-06", "vi")).toBe("6/2025");
    expect(monthInText("2025-07", "en")).toBe("July 2025");
    expect(monthInText("2024-12")).toBe("12/2024");
  });

  it("refuses anything but a month", () => {
    expect(() => monthInText("2025-Q3", "vi")).toThrow(/expected "YYYY-MM"/);
  });
});
