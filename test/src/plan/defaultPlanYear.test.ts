import {describe, expect, test} from "vitest";
import {defaultPlanYear} from "../../../src/plan/defaultPlanYear.ts";

const plan = (year: string): {year: string; from: string; to: string} => ({year, from: `${year}-01`, to: `${year}-12`});

describe("defaultPlanYear", () => {
  test("opens on the plan running today", () => {
    expect(defaultPlanYear([plan("2024"), plan("2025")], "2025-06-15")).toBe("2025");
    expect(defaultPlanYear([plan("2025"), plan("2024")], "2024-01-01")).toBe("2024");
  });

  test("after every plan, the latest one (complete); before every plan, the first", () => {
    expect(defaultPlanYear([plan("2025"), plan("2024")], "2026-02-01")).toBe("2025");
    expect(defaultPlanYear([plan("2024")], "2026-02-01")).toBe("2024");
    expect(defaultPlanYear([plan("2027"), plan("2026")], "2025-12-31")).toBe("2026");
  });

  test("no plan: null", () => {
    expect(defaultPlanYear([], "2025-06-15")).toBeNull();
  });
});
