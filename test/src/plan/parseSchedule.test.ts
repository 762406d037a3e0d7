import {describe, expect, test} from "vitest";
import {parseSchedule} from "../../../src/plan/parseSchedule.ts";

const RANGE = {from: "2024-01", to: "2024-12"};

describe("parseSchedule", () => {
  test("accepts the plan's schedules: continuous, a quarter or month window, at least once a year, 48 a year (4 a month), per commune", () => {
    const schedules = [
      {type: "continuous", from: "2024-01", to: "2024-12"},
      {type: "within", period: "2024-Q3"},
      {type: "within", period: "2024-10"},
      {type: "within", period: "2024"},
      {type: "atLeast", count: 1, per: "year"},
      {type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}},
      {type: "recurring", count: 1, per: "quarter", each: "commune"},
      {type: "recurring", count: 1, per: "month", each: "commune"},
      {type: "continuous", from: "2024-01", to: "2024-12", each: "commune"}
    ];
    for (const s of schedules) expect(parseSchedule(s, RANGE)).toEqual({ok: true, schedule: s});
  });

  test("names the path, the value and what was expected", () => {
    expect(parseSchedule({type: "weekly"})).toMatchObject({ok: false, problems: [{path: "type", value: "weekly", expected: expect.stringContaining("continuous, within, atLeast, count, recurring")}]});
    expect(parseSchedule({type: "count", count: 48, per: "year", perperiod: {count: 4, per: "month"}})).toMatchObject({
      ok: false,
      problems: [{path: "perperiod", value: "perperiod"}]
    });
    expect(parseSchedule({type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "week"}})).toMatchObject({ok: false, problems: [{path: "perPeriod.per", value: "week"}]});
    expect(parseSchedule({type: "atLeast", count: 0, per: "year"})).toMatchObject({ok: false, problems: [{path: "count", value: 0}]});
    expect(parseSchedule({type: "recurring", count: 1, per: "quarter"})).toMatchObject({ok: false, problems: [{path: "each"}]});
    expect(parseSchedule({type: "recurring", count: 1, per: "quarter", each: "district"})).toMatchObject({ok: false, problems: [{path: "each", value: "district"}]});
    expect(parseSchedule({type: "within", period: "Q3/2024"})).toMatchObject({ok: false, problems: [{path: "period", value: "Q3/2024"}]});
  });

  test("with the plan's months, a window or month outside the plan is an error (a 2023 typo in the 2024 plan)", () => {
    expect(parseSchedule({type: "within", period: "2023-Q3"}, RANGE)).toMatchObject({ok: false, problems: [{path: "period", value: "2023-Q3", expected: "a period inside the plan, 2024-01 to 2024-12"}]});
    expect(parseSchedule({type: "continuous", from: "2024-01", to: "2025-03"}, RANGE)).toMatchObject({ok: false, problems: [{path: "to", value: "2025-03"}]});
    expect(parseSchedule({type: "continuous", from: "2024-06", to: "2024-03"})).toMatchObject({ok: false, problems: [{path: "to"}]});
  });
});
