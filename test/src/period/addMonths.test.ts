import {describe, expect, test} from "vitest";
import {addMonths} from "../../../src/period/addMonths.ts";

describe("addMonths", () => {
  test("steps across year ends both ways", () => {
    expect(addMonths("2024-12", 1)).toBe("2025-01");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2025-06", -11)).toBe("2024-07");
    expect(addMonths("2024-10", 0)).toBe("2024-10");
  });

  test("refuses what is not a month", () => {
    expect(() => addMonths("2024-13", 1)).toThrow(/"2024-13"/);
    expect(() => addMonths("2024-Q1", 1)).toThrow(/expected "YYYY-MM"/);
  });
});
