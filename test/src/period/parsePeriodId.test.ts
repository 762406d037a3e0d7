import {expect, test} from "vitest";
import {parsePeriodId} from "../../../src/period/parsePeriodId.ts";

test("reads the data contract's period ids, with their start and calendar position", () => {
  expect(parsePeriodId("2024-10")).toEqual({grain: "month", start: Date.UTC(2024, 9, 1), index: 2024 * 12 + 9});
  expect(parsePeriodId("2024-Q3")).toEqual({grain: "quarter", start: Date.UTC(2024, 6, 1), index: 2024 * 4 + 2});
  expect(parsePeriodId("2024-H2")).toEqual({grain: "half", start: Date.UTC(2024, 6, 1), index: 2024 * 2 + 1});
  expect(parsePeriodId("2024")).toEqual({grain: "year", start: Date.UTC(2024, 0, 1), index: 2024});
  expect(parsePeriodId("2024-12")!.index + 1).toBe(parsePeriodId("2025-01")!.index);
});

test("anything else is not a period (null, no error)", () => {
  for (const text of ["2024-13", "T10/2024", "2024-Q5", "18580", "", "2024-1"]) expect(parsePeriodId(text)).toBeNull();
});
