import {describe, expect, it} from "vitest";
import {journeyLineage} from "../../../src/views/journeyLineage.ts";

describe("journeyLineage", () => {
  it("shows the successor units for a period reaching their first month, the units of the time before", () => {
    expect(journeyLineage("2026-10", "2025-07-01")).toBe("new");
    expect(journeyLineage("2025", "2025-07-01")).toBe("new");
    expect(journeyLineage("2025-Q2", "2025-07-01")).toBe("old");
    expect(journeyLineage("2024-Q3", "2025-07-01")).toBe("old");
  });
});
