import {describe, expect, it} from "vitest";
import {formatTimeTick} from "../../../src/format/formatTimeTick.ts";

describe("formatTimeTick", () => {
  it("writes months the Vietnamese way", () => {
    expect(formatTimeTick(new Date(Date.UTC(2026, 0, 1)))).toBe("T1/2026");
    expect(formatTimeTick(new Date(Date.UTC(2025, 11, 1)), "vi")).toBe("T12/2025");
  });
  it("writes English months for the English switch", () => {
    expect(formatTimeTick(new Date(Date.UTC(2026, 3, 1)), "en")).toBe("Apr 2026");
  });
  it("reads the date in UTC, as months are stored", () => {
    expect(formatTimeTick(Date.UTC(2026, 6, 1))).toBe("T7/2026");
  });
  it("prints nothing for an invalid tick", () => {
    expect(formatTimeTick(new Date(Number.NaN))).toBe("");
  });
});
