import {describe, expect, it} from "vitest";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {unitPopulations} from "../../../src/model/unitPopulations.ts";

const unit = (id: string, parentId: string, population2019: number | null, validFrom: string | null = null, validTo: string | null = "2025-06-30"): Unit => ({
  id,
  gsoCode: null,
  name: id,
  type: "Xã",
  level: "commune",
  parentId,
  validFrom,
  validTo,
  population2019,
  aliases: []
});
const link = (oldId: string, newId: string, fromDate = "2025-07-01"): LineageLink => ({oldId, newId, fromDate, note: ""});

// A small copy of data/reference: Bình An formed in 2020 from two communes with no census
// figure of their own; Xã Lộc Hà (2025) from Lộc Hà communes only; Xã Đông Kinh (2025) from
// Ích Hậu and a commune of Thạch Hà whose figure is not recorded.
const UNITS: Unit[] = [
  unit("xa-an-loc", "448", null, null, "2019-12-31"),
  unit("xa-binh-loc", "448", null, null, "2019-12-31"),
  unit("18430", "448", 7292, "2020-01-01"),
  unit("18568", "448", 9322),
  unit("18457", "448", 7516),
  unit("xa-thach-kenh", "445", null),
  unit("xa-loc-ha-2025", "42", null, "2025-07-01", null),
  unit("xa-dong-kinh-2025", "42", null, "2025-07-01", null)
];
const LINKS: LineageLink[] = [
  link("xa-an-loc", "18430", "2020-01-01"),
  link("xa-binh-loc", "18430", "2020-01-01"),
  link("18568", "xa-loc-ha-2025"),
  link("18430", "xa-loc-ha-2025"),
  link("18457", "xa-dong-kinh-2025"),
  link("xa-thach-kenh", "xa-dong-kinh-2025")
];

const populations = unitPopulations(UNITS, LINKS, {coveredUnits: ["xa-an-loc", "xa-binh-loc", "18430", "18568", "18457"]});

describe("unitPopulations", () => {
  it("gives a commune its own 2019 census figure, for the whole unit and the covered part", () => {
    expect(populations.get("18568")).toEqual({unitId: "18568", population: 9322, coveredPopulation: 9322, basis: "census-2019", parts: ["18568"]});
  });

  it("sums the communes a 2025 unit was formed from, stopping at the first unit with a figure", () => {
    // Bình An's own figure is used, not its 2020 predecessors (which have none).
    expect(populations.get("xa-loc-ha-2025")).toEqual({unitId: "xa-loc-ha-2025", population: 9322 + 7292, coveredPopulation: 9322 + 7292, basis: "predecessors", parts: ["18568", "18430"]});
  });

  it("gives a unit partly outside the covered area no whole figure, only its covered part's", () => {
    expect(populations.get("xa-dong-kinh-2025")).toMatchObject({population: null, coveredPopulation: 7516, basis: "predecessors", parts: ["18457", "xa-thach-kenh"]});
  });

  it("knows nothing of a unit without a figure or predecessors", () => {
    expect(populations.get("xa-thach-kenh")).toMatchObject({population: null, coveredPopulation: null, basis: "unknown"});
    expect(populations.get("xa-an-loc")).toMatchObject({population: null, basis: "unknown"});
  });

  it("refuses a lineage cycle instead of looping", () => {
    const a = unit("a", "448", null, "2025-07-01");
    const b = unit("b", "448", null, "2025-07-01");
    expect(() => unitPopulations([a, b], [link("a", "b"), link("b", "a")], {coveredUnits: ["a", "b"]})).toThrow(/cycle/);
  });
});
