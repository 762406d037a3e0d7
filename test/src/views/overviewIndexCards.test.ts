import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import type {Unit} from "../../../src/model/unit.ts";
import {overviewIndexCards} from "../../../src/views/overviewIndexCards.ts";

const unit = (id: string, level: Unit["level"], parentId: string | null, validTo: string | null = null): Unit => ({id, gsoCode: null, name: id, type: "", level, parentId, validFrom: null, validTo, population2019: null, aliases: []});
const o = (unitId: string, indicator: string, period: string, value: number | null, sample = false): Observation => ({unitId, indicator, period, grain: "year", value, numerator: null, denominator: null, source: "f", sample});
const UNITS = [unit("p1", "province", null), unit("p2", "province", null), unit("p3", "province", null, "2020-12-31"), unit("d1", "district", "p1"), unit("d2", "district", "p1"), unit("x", "commune", "d1")];

describe("overviewIndexCards", () => {
  const cards = overviewIndexCards({
    area: {district: "d1"},
    units: UNITS,
    areaUnitIds: ["x"],
    pci: [o("p1", "pci_total", "2021", 60), o("p1", "pci_total", "2022", 62.5), o("p1", "pci_rank", "2022", 2)],
    pciNotPublished: [{unitId: "p1", indicator: "pci_total", period: "2023"}],
    ddci: [o("d1", "ddci_total", "2023", 70, true), o("d2", "ddci_total", "2023", 75, true), o("d1", "ddci_total", "2024", null, true)],
    ddciClasses: [{unitId: "d1", period: "2023", classification: "Khá"}],
    qd766: [o("x", "qd766_total", "2026-10", 81.5, true), o("x", "qd766_rank", "2026-10", 14, true)],
    qd766Tables: [{period: "2026-10", unitsInTable: 25}]
  });

  it("finds the province of the area's district and ranks it out of the provinces of that year", () => {
    expect(cards.pci).toMatchObject({period: "2022", value: 62.5, previousPeriod: "2021", previous: 60, rank: 2, of: 2, notPublished: ["2023"], sample: false});
  });

  it("ranks the district among the district-level units scored in its latest year with a score (a missing year is skipped, not zero)", () => {
    expect(cards.ddci).toMatchObject({period: "2023", value: 70, rank: 2, of: 2, classification: "Khá", sample: true, previous: null});
  });

  it("lists the area's communes in QĐ 766 with rank of the units in the table", () => {
    expect(cards.qd766).toEqual({period: "2026-10", of: 25, sample: true, rows: [{unitId: "x", value: 81.5, rank: 14}]});
  });
});
