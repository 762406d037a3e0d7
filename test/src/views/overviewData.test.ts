import {describe, expect, it} from "vitest";
import {overviewData} from "../../../src/views/overviewData.ts";
import {obs, observations, OPTIONS, REFERENCE} from "./overviewFixture.ts";

describe("overviewData", () => {
  it("describes the present units in the latest month, the area pooled from counts (never averaged)", () => {
    const data = overviewData(observations("2025-10"), REFERENCE, OPTIONS)!;
    expect(data.units).toEqual(["n", "m"]);
    expect(data.month).toBe("2025-10");
    expect(data.notReported).toEqual([]);
    const [online] = data.headline;
    // n 6/10 + m 3/10 = 9/20; a year earlier a+b+c: 4/30
    expect(online).toMatchObject({value: 0.45, numerator: 9, denominator: 20});
    expect(online!.yearAgo).toBeCloseTo(4 / 30, 6);
    // year to date: Jan-Jun 4/30 a month, Jul-Oct 9/20 a month, pooled
    expect(online!.ytd).toEqual({value: expect.closeTo((6 * 4 + 4 * 9) / (6 * 30 + 4 * 20), 6), numerator: 60, denominator: 260});
    expect(online!.ytdYearAgo).toMatchObject({numerator: 40, denominator: 300});
    expect(online!.series).toHaveLength(24);
  });

  it("carries old units into the unit they became: n a year earlier is a + b", () => {
    const data = overviewData(observations("2025-10"), REFERENCE, OPTIONS)!;
    expect(data.byUnit.find((u) => u.unitId === "n")).toMatchObject({value: 0.6, numerator: 6, denominator: 10, yearAgo: 0.1});
    expect(data.byUnit.find((u) => u.unitId === "m")).toMatchObject({value: 0.3, yearAgo: 0.2});
  });

  it("describes the latest month every present unit reported, and lists who has not reported the newest", () => {
    const data = overviewData([...observations("2025-09"), obs("n", "2025-10", 7, 10)], REFERENCE, OPTIONS)!;
    expect(data.dataThrough).toBe("2025-10");
    expect(data.month).toBe("2025-09");
    expect(data.notReported).toEqual(["m"]);
  });

  it("leaves year to date missing, not smaller, when a month of it was not reported", () => {
    const data = overviewData(observations("2025-10", ["b 2025-03"]), REFERENCE, OPTIONS)!;
    expect(data.headline[0]!.ytd).toEqual({value: null, numerator: null, denominator: null});
    // the 24 months run from 2023-11: two before the data begin, and 2025-03 (index 16), are gaps
    expect(data.headline[0]!.series.flatMap((v, i) => (v === null ? [i] : []))).toEqual([0, 1, 16]);
  });

  it("publishes each present unit's and the area's monthly series from the first month", () => {
    const data = overviewData(observations("2025-10"), REFERENCE, OPTIONS)!;
    expect(data.seriesFrom).toBe("2024-01");
    const area = data.series.find((s) => s.unitId === "area")!;
    expect(area.values).toHaveLength(22);
    expect(area.numerators.at(-1)).toBe(9);
  });

  it("is null without monthly observations", () => {
    expect(overviewData([], REFERENCE, OPTIONS)).toBeNull();
  });
});
