import {describe, expect, test} from "vitest";
import {resolvePlanAsOf} from "../../../src/plan/resolvePlanAsOf.ts";

const PLAN_2024 = {from: "2024-01", to: "2024-12"};

describe("resolvePlanAsOf", () => {
  test("keeps a real day inside the plan, as the URL gave it", () => {
    expect(resolvePlanAsOf(PLAN_2024, "2024-09-30", "2026-03-01")).toBe("2024-09-30");
    expect(resolvePlanAsOf(PLAN_2024, "2024-02-29", "2026-03-01")).toBe("2024-02-29"); // a leap day
    expect(resolvePlanAsOf(PLAN_2024, " 2024-01-01 ", "2026-03-01")).toBe("2024-01-01");
  });

  test("without a usable date: the plan's last day once it is over, today while it runs", () => {
    for (const requested of [null, undefined, "", "hôm nay", "2024-9-30", "2024-02-30", "2023-02-29", "2024-13-01"]) {
      expect(resolvePlanAsOf(PLAN_2024, requested, "2026-03-01"), String(requested)).toBe("2024-12-31");
    }
    expect(resolvePlanAsOf(PLAN_2024, null, "2024-05-17")).toBe("2024-05-17");
  });

  test("a day outside the plan (a link made for another year) falls back to the default, not to the nearest edge", () => {
    expect(resolvePlanAsOf(PLAN_2024, "2025-03-31", "2024-05-17")).toBe("2024-05-17");
    expect(resolvePlanAsOf(PLAN_2024, "2023-12-31", "2026-01-01")).toBe("2024-12-31");
  });
});
