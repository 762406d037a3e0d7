import {describe, expect, it} from "vitest";
import {completePeriods} from "../../../src/period/completePeriods.ts";

describe("completePeriods", () => {
  it("lists only quarters and years that the months cover whole", () => {
    expect(completePeriods("2021-02", "2022-10", "quarter")).toEqual(["2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3"]);
    expect(completePeriods("2021-01", "2022-10", "year")).toEqual(["2021"]);
    expect(completePeriods("2021-01", "2022-12", "half")).toEqual(["2021-H1", "2021-H2", "2022-H1", "2022-H2"]);
  });

  it("lists every month, and nothing for an empty range", () => {
    expect(completePeriods("2024-11", "2025-02", "month")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(completePeriods("2025-02", "2024-11", "month")).toEqual([]);
  });
});
