import {describe, expect, it} from "vitest";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import type {Observation} from "../../../src/model/observation.ts";
import {rollupObservations} from "../../../src/model/rollupObservations.ts";
import {toSuccessorView} from "../../../src/model/toSuccessorView.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {journeyFromObservations} from "../../../src/tthc/journeyFromObservations.ts";
import {observationsFromCounts} from "../../../src/tthc/observationsFromCounts.ts";
import type {TthcCounts} from "../../../src/tthc/tthcCounts.ts";

const counts = (over: Partial<TthcCounts> = {}): TthcCounts => ({
  receivedTotal: 100,
  receivedOnline: 60,
  receivedFullyOnline: 30,
  receivedInPerson: 38,
  receivedPostal: 2,
  resolvedOnTime: 90,
  resolvedLate: 5,
  returnedPostal: 4,
  paidOnline: 20,
  ...over
});

const month = (unitId: string, period: string, over: Partial<TthcCounts> = {}, sample = false): Observation[] =>
  observationsFromCounts({unitId, month: period, counts: counts(over), source: `bao-cao-tthc-${period}.xlsx`, sample}, TTHC_INDICATORS);

describe("journeyFromObservations", () => {
  it("gives back the report's counts from one unit-month of observations", () => {
    const [journey, ...rest] = journeyFromObservations(month("18580", "2024-10"));
    expect(rest).toEqual([]);
    expect(journey).toEqual({
      unitId: "18580",
      period: "2024-10",
      grain: "month",
      receivedTotal: 100,
      receivedOnline: 60,
      receivedFullyOnline: 30,
      receivedPostal: 2,
      resolved: 95,
      resolvedOnTime: 90,
      resolvedLate: 5,
      returnedPostal: 4,
      sample: false,
      source: "bao-cao-tthc-2024-10.xlsx",
      partial: false
    });
  });

  it("keeps units and periods apart, ordered by period then unit", () => {
    const journeys = journeyFromObservations([...month("18583", "2024-11", {receivedTotal: 7, receivedOnline: 1}), ...month("18580", "2024-11"), ...month("18583", "2024-10")]);
    expect(journeys.map((j) => `${j.period} ${j.unitId} ${j.receivedTotal}`)).toEqual(["2024-10 18583 100", "2024-11 18580 100", "2024-11 18583 7"]);
  });

  it("works on quarters rolled up from months: counts are the sums of the months", () => {
    const monthly = [...month("a", "2024-07", {receivedTotal: 10, receivedOnline: 4}), ...month("a", "2024-08", {receivedTotal: 20, receivedOnline: 5}), ...month("a", "2024-09", {receivedTotal: 30, receivedOnline: 6})];
    const [quarter] = journeyFromObservations(rollupObservations(monthly, "quarter"));
    expect(quarter).toMatchObject({period: "2024-Q3", grain: "quarter", receivedTotal: 60, receivedOnline: 15, resolved: 285, source: "bao-cao-tthc-2024-07.xlsx; bao-cao-tthc-2024-08.xlsx; bao-cao-tthc-2024-09.xlsx"});
  });

  it("leaves every count null for a quarter with a month missing, never a smaller sum", () => {
    const [quarter] = journeyFromObservations(rollupObservations([...month("a", "2024-07"), ...month("a", "2024-09")], "quarter"));
    expect(quarter).toMatchObject({receivedTotal: null, receivedOnline: null, resolved: null, resolvedLate: null, returnedPostal: null});
  });

  it("keeps real zeros: a month with nothing received has counts 0 (and shares that are null)", () => {
    const zero = month("a", "2024-10", {receivedTotal: 0, receivedOnline: 0, receivedFullyOnline: 0, receivedInPerson: 0, receivedPostal: 0});
    expect(zero.find((o) => o.indicator === "online_share")?.value).toBeNull();
    expect(journeyFromObservations(zero)[0]).toMatchObject({receivedTotal: 0, receivedOnline: 0, receivedFullyOnline: 0, resolved: 95});
  });

  it("throws, naming unit, period and both indicators, when two observations disagree on a count", () => {
    const observations = month("18580", "2024-10").map((o) => (o.indicator === "postal_submission_share" ? {...o, denominator: 101} : o));
    expect(() => journeyFromObservations(observations)).toThrow(/18580, 2024-10: receivedTotal is 100 by .* but 101 by postal_submission_share denominator/);
  });

  it("takes a count from the observation that knows it when another leaves it null", () => {
    const observations = month("a", "2024-10").map((o) => (o.indicator === "online_share" ? {...o, numerator: null, denominator: null, value: null} : o));
    expect(journeyFromObservations(observations)[0]).toMatchObject({receivedTotal: 100, receivedOnline: null, receivedFullyOnline: 30});
  });

  it("ignores indicators outside the catalogue and marks sample and partial units", () => {
    const units: Unit[] = [
      {id: "in", gsoCode: null, name: "Xã Trong", type: "Xã", level: "commune", parentId: "448", validFrom: null, validTo: "2025-06-30", population2019: 10, aliases: []},
      {id: "out", gsoCode: null, name: "Xã Ngoài", type: "Xã", level: "commune", parentId: "445", validFrom: null, validTo: "2025-06-30", population2019: null, aliases: []},
      {id: "new", gsoCode: null, name: "Xã Mới", type: "Xã", level: "commune", parentId: "42", validFrom: "2025-07-01", validTo: null, population2019: null, aliases: []}
    ];
    const links: LineageLink[] = [
      {oldId: "in", newId: "new", fromDate: "2025-07-01", note: ""},
      {oldId: "out", newId: "new", fromDate: "2025-07-01", note: ""}
    ];
    const other: Observation = {unitId: "in", indicator: "pci_total", period: "2024-10", grain: "month", value: 60, numerator: null, denominator: null, source: "pci.csv", sample: false};
    const view = toSuccessorView([...month("in", "2024-10", {}, true), other], units, links, {asOf: "2025-07-01", coveredUnits: ["in"]});
    const [journey] = journeyFromObservations(view);
    expect(journey).toMatchObject({unitId: "new", receivedTotal: 100, sample: true, partial: true, source: "bao-cao-tthc-2024-10.xlsx"});
  });
});
