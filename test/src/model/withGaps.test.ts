import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {withGaps} from "../../../src/model/withGaps.ts";

function obs(unitId: string, period: string, value: number, indicator = "online_share"): Observation {
  return {unitId, indicator, period, grain: "month", value, numerator: value * 100, denominator: 100, source: `bao-cao-tthc-${period}.xlsx`, sample: false};
}

const key = (o: Observation) => `${o.unitId} ${o.indicator} ${o.period}`;

describe("withGaps", () => {
  it("adds a missing month inside a unit's range as a row with value null and gap: true", () => {
    const result = withGaps([obs("18580", "2022-02", 0.3), obs("18580", "2022-04", 0.4)]);
    expect(result.map((o) => o.period)).toEqual(["2022-02", "2022-03", "2022-04"]);
    expect(result[1]).toMatchObject({unitId: "18580", indicator: "online_share", period: "2022-03", grain: "month", value: null, numerator: null, denominator: null, gap: true});
  });

  it("keeps reported rows as they are, without a gap flag", () => {
    const reported = [obs("18580", "2022-02", 0.3), obs("18580", "2022-04", 0.4)];
    const result = withGaps(reported);
    expect(result[0]).toBe(reported[0]);
    expect(result[2]).toBe(reported[1]);
    expect("gap" in result[0]!).toBe(false);
  });

  it("fills several missing months, across a year end", () => {
    const result = withGaps([obs("18580", "2022-11", 0.3), obs("18580", "2023-02", 0.4)]);
    expect(result.filter((o) => "gap" in o).map((o) => o.period)).toEqual(["2022-12", "2023-01"]);
  });

  it("adds nothing before a unit's first or after its last month", () => {
    const result = withGaps([obs("18580", "2022-02", 0.3), obs("18580", "2022-03", 0.4), obs("18598", "2021-01", 0.2), obs("18598", "2023-12", 0.5)]);
    const kim = result.filter((o) => o.unitId === "18580").map((o) => o.period);
    expect(kim).toEqual(["2022-02", "2022-03"]);
    expect(result.filter((o) => o.unitId === "18598")).toHaveLength(36);
  });

  it("treats units and indicators independently", () => {
    const result = withGaps([
      obs("18580", "2022-01", 0.3),
      obs("18580", "2022-03", 0.3),
      obs("18580", "2022-01", 40, "received_total"),
      obs("18580", "2022-02", 41, "received_total"),
      obs("18580", "2022-03", 42, "received_total"),
      obs("18598", "2022-02", 0.1)
    ]);
    expect(result.filter((o) => "gap" in o).map(key)).toEqual(["18580 online_share 2022-02"]);
    expect(result).toHaveLength(7);
  });

  it("orders each series by month even when the input is not", () => {
    const result = withGaps([obs("18580", "2022-04", 0.4), obs("18580", "2022-02", 0.3)]);
    expect(result.map((o) => o.period)).toEqual(["2022-02", "2022-03", "2022-04"]);
  });

  it("fills gaps at every grain, each grain on its own (a missing year breaks a yearly line too)", () => {
    const year2021: Observation = {...obs("18580", "2021", 0.3), grain: "year"};
    const year2023: Observation = {...obs("18580", "2023", 0.3), grain: "year"};
    const result = withGaps([year2021, year2023]);
    expect(result).toEqual([year2021, {...year2021, period: "2022", value: null, numerator: null, denominator: null, source: "", gap: true}, year2023]);
  });

  it("returns nothing for nothing", () => {
    expect(withGaps([])).toEqual([]);
  });
});
