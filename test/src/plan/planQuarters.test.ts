import {describe, expect, test} from "vitest";
import {planQuarters} from "../../../src/plan/planQuarters.ts";

const PLAN_2024 = {from: "2024-01", to: "2024-12"};

describe("planQuarters", () => {
  test("quarters up to the one the date falls in (its reports count, as a month's activities do)", () => {
    expect(planQuarters(PLAN_2024, "2024-12-31")).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(planQuarters(PLAN_2024, "2024-07-01")).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
    expect(planQuarters(PLAN_2024, "2024-01-15")).toEqual(["2024-Q1"]);
  });

  test("never beyond the plan, and nothing before it starts", () => {
    expect(planQuarters(PLAN_2024, "2026-03-01")).toHaveLength(4);
    expect(planQuarters(PLAN_2024, "2023-12-31")).toEqual([]);
    expect(planQuarters({from: "2024-03", to: "2024-08"}, "2024-12-31")).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
  });
});
