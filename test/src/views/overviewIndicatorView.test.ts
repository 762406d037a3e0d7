import {describe, expect, it} from "vitest";
import {overviewData} from "../../../src/views/overviewData.ts";
import {overviewIndicatorView} from "../../../src/views/overviewIndicatorView.ts";
import {observations, OPTIONS, REFERENCE} from "./overviewFixture.ts";

describe("overviewIndicatorView", () => {
  const data = overviewData(observations("2025-10", ["c 2024-05"]), REFERENCE, OPTIONS)!;
  const shown = overviewIndicatorView(data, "online_share", "higher");

  it("gives the present units in the month and the area's figure there", () => {
    expect(shown.ranked.map((d) => [d.unitId, d.value, d.period])).toEqual([["n", 0.6, "2025-10"], ["m", 0.3, "2025-10"]]);
    expect(shown.areaValue).toBe(0.45);
  });

  it("expands the monthly series with their months, a month not reported as a gap (null), never zero", () => {
    const m = shown.trend.filter((r) => r.unitId === "m");
    expect(m[0]!.period).toBe("2024-01");
    expect(m.at(-1)).toMatchObject({period: "2025-10", value: 0.3, numerator: 3, denominator: 10});
    expect(m.find((r) => r.period === "2024-05")).toMatchObject({value: null, numerator: null});
    expect(shown.areaTrend.find((r) => r.period === "2024-05")!.value).toBeNull();
  });

  it("ranks the movers on a year earlier, improvements first", () => {
    expect(shown.movers.improved.map((c) => c.unitId)).toEqual(["n", "m"]);
    expect(shown.movers.worsened).toEqual([]);
  });
});
