import {describe, expect, it} from "vitest";
import {compareToEarlier, earlierPeriods} from "../../../src/model/compareToEarlier.ts";
import type {Observation} from "../../../src/model/observation.ts";

const obs = (unitId: string, period: string, value: number | null): Observation => ({
  unitId, indicator: "x", period, grain: "month", value, numerator: null, denominator: null, source: "", sample: false
});

describe("earlierPeriods", () => {
  it("steps back across year ends for every grain", () => {
    expect(earlierPeriods("2024-01")).toEqual({previous: "2023-12", yearAgo: "2023-01"});
    expect(earlierPeriods("2024-10")).toEqual({previous: "2024-09", yearAgo: "2023-10"});
    expect(earlierPeriods("2024-Q1")).toEqual({previous: "2023-Q4", yearAgo: "2023-Q1"});
    expect(earlierPeriods("2024-H2")).toEqual({previous: "2024-H1", yearAgo: "2023-H2"});
    expect(earlierPeriods("2024")).toEqual({previous: "2023", yearAgo: "2023"});
    expect(() => earlierPeriods("2024-13x")).toThrow(/Malformed period/);
  });
});

describe("compareToEarlier", () => {
  it("gives changes from the previous month and the same month last year, null when either is missing", () => {
    const rows = [obs("a", "2024-10", 0.6), obs("a", "2024-09", 0.5), obs("a", "2023-10", 0.3), obs("b", "2024-10", 0.4), obs("b", "2024-09", null)];
    const [a, b] = compareToEarlier(rows, "2024-10");
    expect(a!.changeFromPrevious).toBeCloseTo(0.1);
    expect(a!.changeFromYearAgo).toBeCloseTo(0.3);
    expect(b).toMatchObject({unitId: "b", previous: null, changeFromPrevious: null, yearAgo: null, changeFromYearAgo: null});
  });
});
