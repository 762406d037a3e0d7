import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {yearSeries} from "../../../src/model/yearSeries.ts";

function obs(unitId: string, period: string, value: number | null, indicator = "pci_total", sample = false): Observation {
  return {unitId, indicator, period, grain: "year", value, numerator: null, denominator: null, source: "profile.csv", sample};
}

describe("yearSeries", () => {
  const observations = [obs("42", "2021", 64.87), obs("42", "2022", 67.18), obs("42", "2022", 18, "pci_rank"), obs("40", "2021", 64.4, "pci_total", true)];

  it("has every year of the range for each unit, in the order of the units given", () => {
    const points = yearSeries(observations, {indicator: "pci_total", unitIds: ["42", "40"], from: "2021", to: "2023"});
    expect(points.map((p) => `${p.unitId} ${p.period}`)).toEqual(["42 2021", "42 2022", "42 2023", "40 2021", "40 2022", "40 2023"]);
  });

  it("marks a year the source did not publish as not-published with a null value, never 0", () => {
    const points = yearSeries(observations, {
      indicator: "pci_total",
      unitIds: ["42"],
      from: "2022",
      to: "2023",
      notPublished: [{unitId: "42", indicator: "pci_total", period: "2023"}, {unitId: "42", indicator: "pci_rank", period: "2022"}]
    });
    expect(points[1]).toMatchObject({period: "2023", value: null, status: "not-published", sample: false, source: ""});
    expect(points[0]).toMatchObject({period: "2022", value: 67.18, status: "value", source: "profile.csv"});
  });

  it("marks other absent years as missing, and a null observation too", () => {
    const points = yearSeries([...observations, obs("40", "2022", null)], {indicator: "pci_total", unitIds: ["40"], from: "2021", to: "2023"});
    expect(points.map((p) => p.status)).toEqual(["value", "missing", "missing"]);
    expect(points[0]!.sample).toBe(true);
  });

  it("refuses years that are not YYYY", () => {
    expect(() => yearSeries(observations, {indicator: "pci_total", unitIds: ["42"], from: "2021-01", to: "2023"})).toThrow(/YYYY/);
  });
});
