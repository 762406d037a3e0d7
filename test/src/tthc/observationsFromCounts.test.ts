import {describe, expect, it} from "vitest";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import {observationsFromCounts, type CountsRecord} from "../../../src/tthc/observationsFromCounts.ts";
import type {TthcCounts} from "../../../src/tthc/tthcCounts.ts";

const COUNTS: TthcCounts = {
  receivedTotal: 100,
  receivedOnline: 60,
  receivedFullyOnline: 30,
  receivedInPerson: 38,
  receivedPostal: 2,
  resolvedOnTime: 90,
  resolvedLate: 5,
  returnedPostal: 4,
  paidOnline: 20
};

const RECORD: CountsRecord = {unitId: "18580", month: "2024-10", counts: COUNTS, source: "bao-cao-tthc-2024-10.xlsx", sample: false};

const byIndicator = (record: CountsRecord) => new Map(observationsFromCounts(record, TTHC_INDICATORS).map((o) => [o.indicator, o]));

describe("observationsFromCounts", () => {
  it("gives one monthly observation per indicator, carrying unit, month, source and sample flag", () => {
    const observations = observationsFromCounts({...RECORD, sample: true}, TTHC_INDICATORS);
    expect(observations.map((o) => o.indicator)).toEqual(TTHC_INDICATORS.map((i) => i.id));
    for (const o of observations) {
      expect(o).toMatchObject({unitId: "18580", period: "2024-10", grain: "month", source: "bao-cao-tthc-2024-10.xlsx", sample: true});
    }
  });

  it("computes each share as numerator / denominator from the report's counts", () => {
    const o = byIndicator(RECORD);
    expect(o.get("online_share")).toMatchObject({numerator: 60, denominator: 100, value: 0.6});
    expect(o.get("fully_online_share")).toMatchObject({numerator: 30, denominator: 100, value: 0.3});
    expect(o.get("postal_submission_share")).toMatchObject({numerator: 2, denominator: 100, value: 0.02});
    // resolved = on time + late
    expect(o.get("on_time_share")).toMatchObject({numerator: 90, denominator: 95});
    expect(o.get("on_time_share")!.value).toBeCloseTo(90 / 95, 12);
    expect(o.get("postal_return_share")).toMatchObject({numerator: 4, denominator: 95});
    expect(o.get("postal_return_share")!.value).toBeCloseTo(4 / 95, 12);
  });

  it("gives count indicators their count as value and a null denominator", () => {
    expect(byIndicator(RECORD).get("received_total")).toMatchObject({numerator: 100, denominator: null, value: 100});
  });

  it("gives null, not 0, for a share whose denominator is 0", () => {
    const none: TthcCounts = {...COUNTS, receivedTotal: 0, receivedOnline: 0, receivedFullyOnline: 0, receivedInPerson: 0, receivedPostal: 0, resolvedOnTime: 0, resolvedLate: 0, returnedPostal: 0, paidOnline: 0};
    const o = byIndicator({...RECORD, counts: none});
    expect(o.get("online_share")).toMatchObject({numerator: 0, denominator: 0, value: null});
    expect(o.get("on_time_share")).toMatchObject({numerator: 0, denominator: 0, value: null});
    // a count of 0 is a real zero
    expect(o.get("received_total")).toMatchObject({numerator: 0, denominator: null, value: 0});
  });

  it("gives a share of 0 when the numerator is 0 but there were dossiers", () => {
    const o = byIndicator({...RECORD, counts: {...COUNTS, receivedPostal: 0, receivedInPerson: 40}});
    expect(o.get("postal_submission_share")).toMatchObject({numerator: 0, denominator: 100, value: 0});
  });

  it("a count the report does not have makes the indicators needing it missing (null), never zero", () => {
    const {receivedFullyOnline: _f, returnedPostal: _r, ...partial} = COUNTS;
    const o = byIndicator({...RECORD, counts: partial});
    expect(o.get("fully_online_share")).toMatchObject({numerator: null, denominator: null, value: null});
    expect(o.get("postal_return_share")).toMatchObject({numerator: null, denominator: null, value: null});
    expect(o.get("online_share")).toMatchObject({numerator: 60, denominator: 100, value: 0.6});
  });
});
