import {describe, expect, it} from "vitest";
import {completePeriods} from "../../../src/period/completePeriods.ts";
import {periodAtGrain} from "../../../src/period/periodAtGrain.ts";

const FROM = "2021-01";
const TO = "2026-10";
const choices = {
  month: completePeriods(FROM, TO, "month"),
  quarter: completePeriods(FROM, TO, "quarter"),
  year: completePeriods(FROM, TO, "year")
};

describe("periodAtGrain", () => {
  it("goes from a quarter to its last month and back to the same quarter", () => {
    expect(periodAtGrain("2024-Q3", "month", choices.month)).toBe("2024-09");
    expect(periodAtGrain("2024-09", "quarter", choices.quarter)).toBe("2024-Q3");
    expect(periodAtGrain("2024-07", "quarter", choices.quarter)).toBe("2024-Q3");
    expect(periodAtGrain("2024-Q3", "year", choices.year)).toBe("2024");
    expect(periodAtGrain("2024", "quarter", choices.quarter)).toBe("2024-Q4");
    expect(periodAtGrain("2024-Q3", "quarter", choices.quarter)).toBe("2024-Q3");
  });

  it("falls back to the latest complete period before, when the one holding it is not complete", () => {
    expect(periodAtGrain("2026-10", "quarter", choices.quarter)).toBe("2026-Q3");
    expect(periodAtGrain("2026-Q3", "year", choices.year)).toBe("2025");
  });

  it("falls back to the first choice before the data, and to null with no choice", () => {
    expect(periodAtGrain("2019-05", "quarter", choices.quarter)).toBe("2021-Q1");
    expect(periodAtGrain("2024-05", "quarter", [])).toBeNull();
  });
});
