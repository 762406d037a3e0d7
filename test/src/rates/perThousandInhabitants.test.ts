import {describe, expect, it} from "vitest";
import type {UnitPopulation} from "../../../src/model/unitPopulations.ts";
import {perThousandInhabitants} from "../../../src/rates/perThousandInhabitants.ts";

const WHOLE: UnitPopulation = {unitId: "18568", population: 8000, coveredPopulation: 8000, basis: "census-2019", parts: ["18568"]};
const PART: UnitPopulation = {unitId: "xa-dong-kinh-2025", population: null, coveredPopulation: 7516, basis: "predecessors", parts: ["18457", "xa-thach-kenh"]};

describe("perThousandInhabitants", () => {
  it("divides a count by the 2019 population, per 1,000", () => {
    expect(perThousandInhabitants(20, WHOLE)).toEqual({value: 2.5, population: 8000, basis: "census-2019"});
  });

  it("uses the covered part's population for partial counts, and none for whole counts of a unit known only in part", () => {
    const part = perThousandInhabitants(15, PART, "part");
    expect(part).toMatchObject({population: 7516, basis: "part"});
    expect(part.value).toBeCloseTo((15 / 7516) * 1000, 12);
    expect(perThousandInhabitants(15, PART, "whole")).toEqual({value: null, population: null, basis: "unknown"});
  });

  it("gives no rate for counts that mix partial and whole months", () => {
    expect(perThousandInhabitants(15, WHOLE, "mixed").value).toBeNull();
  });

  it("is null, never 0, when the count or the population is missing or not positive", () => {
    expect(perThousandInhabitants(null, WHOLE)).toEqual({value: null, population: 8000, basis: "census-2019"});
    expect(perThousandInhabitants(3, undefined).value).toBeNull();
    expect(perThousandInhabitants(3, {...WHOLE, population: 0}).value).toBeNull();
    expect(perThousandInhabitants(0, WHOLE).value).toBe(0);
  });
});
