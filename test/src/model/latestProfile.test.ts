import {describe, expect, it} from "vitest";
import {latestProfile} from "../../../src/model/latestProfile.ts";
import type {Observation} from "../../../src/model/observation.ts";

function obs(indicator: string, period: string, value: number | null, unitId = "42", sample = false): Observation {
  return {unitId, indicator, period, grain: "year", value, numerator: null, denominator: null, source: "profile.csv", sample};
}

describe("latestProfile", () => {
  const subIndices = ["pci_entry", "pci_bias"];

  it("takes the latest year with sub-indices even when its total is not published, and the year before", () => {
    const profile = latestProfile(
      [obs("pci_entry", "2022", 6.74), obs("pci_bias", "2022", 6.07), obs("pci_entry", "2023", 7.15), obs("pci_bias", "2023", 6.36), obs("pci_total", "2024", 70)],
      {unitId: "42", indicators: subIndices}
    );
    expect(profile).toEqual({
      unitId: "42",
      period: "2023",
      previousPeriod: "2022",
      rows: [
        {indicator: "pci_entry", value: 7.15, previous: 6.74, sample: false},
        {indicator: "pci_bias", value: 6.36, previous: 6.07, sample: false}
      ]
    });
  });

  it("skips years with no value and leaves a sub-index absent in a year as null", () => {
    const profile = latestProfile([obs("pci_entry", "2008", 8.5), obs("pci_entry", "2012", 8.96), obs("pci_bias", "2013", 3.25), obs("pci_entry", "2014", null)], {unitId: "42", indicators: subIndices});
    expect(profile?.period).toBe("2013");
    expect(profile?.previousPeriod).toBe("2012");
    expect(profile?.rows).toEqual([
      {indicator: "pci_entry", value: null, previous: 8.96, sample: false},
      {indicator: "pci_bias", value: 3.25, previous: null, sample: false}
    ]);
  });

  it("flags sample values, ignores other units, and is null for a unit without data", () => {
    const observations = [obs("pci_entry", "2023", 7, "42", true), obs("pci_entry", "2023", 5, "40")];
    expect(latestProfile(observations, {unitId: "42", indicators: subIndices})?.rows[0]).toEqual({indicator: "pci_entry", value: 7, previous: null, sample: true});
    expect(latestProfile(observations, {unitId: "44", indicators: subIndices})).toBeNull();
  });
});
