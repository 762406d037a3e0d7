import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {toSuccessorView} from "../../../src/model/toSuccessorView.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";

function commune(id: string, name: string, parentId: string, validFrom: string | null, validTo: string | null): Unit {
  return {id, gsoCode: null, name, type: "Xã", level: "commune", parentId, validFrom, validTo, population2019: null, aliases: []};
}

// A slice of data/reference: Lộc Hà district is "448"; Thạch Kênh lay in Thạch Hà ("445").
const UNITS: readonly Unit[] = [
  {id: "448", gsoCode: "448", name: "Huyện Lộc Hà", type: "Huyện", level: "district", parentId: "42", validFrom: null, validTo: "2025-06-30", population2019: null, aliases: []},
  commune("xa-an-loc", "Xã An Lộc", "448", null, "2019-12-31"),
  commune("xa-binh-loc", "Xã Bình Lộc", "448", null, "2019-12-31"),
  commune("18430", "Xã Bình An", "448", "2020-01-01", "2025-06-30"),
  commune("18568", "Thị trấn Lộc Hà", "448", null, "2025-06-30"),
  commune("18598", "Xã Hộ Độ", "448", null, "2025-06-30"),
  commune("18457", "Xã Ích Hậu", "448", null, "2025-06-30"),
  commune("xa-thach-kenh", "Xã Thạch Kênh", "445", null, "2025-06-30"),
  commune("xa-loc-ha-2025", "Xã Lộc Hà", "42", "2025-07-01", null),
  commune("xa-dong-kinh-2025", "Xã Đông Kinh", "42", "2025-07-01", null)
];

const LINKS: readonly LineageLink[] = [
  {oldId: "xa-an-loc", newId: "18430", fromDate: "2020-01-01", note: ""},
  {oldId: "xa-binh-loc", newId: "18430", fromDate: "2020-01-01", note: ""},
  {oldId: "18568", newId: "xa-loc-ha-2025", fromDate: "2025-07-01", note: ""},
  {oldId: "18430", newId: "xa-loc-ha-2025", fromDate: "2025-07-01", note: ""},
  {oldId: "xa-thach-kenh", newId: "xa-dong-kinh-2025", fromDate: "2025-07-01", note: ""},
  {oldId: "18457", newId: "xa-dong-kinh-2025", fromDate: "2025-07-01", note: ""}
];

// The area is its units, not 448's children: Lộc Hà's communes belonged to Thạch Hà in 2025-01..06.
const OPTIONS = {asOf: "2025-07-01", coveredUnits: ["xa-an-loc", "xa-binh-loc", "18430", "18568", "18598", "18457"]} as const;

function obs(unitId: string, period: string, numerator: number | null, denominator: number | null, indicator = "online_share"): Observation {
  const value = numerator === null ? null : denominator === null ? numerator : denominator === 0 ? null : numerator / denominator;
  return {unitId, indicator, period, grain: "month", value, numerator, denominator, source: `bao-cao-tthc-${period}.xlsx`, sample: false};
}

const view = (observations: Observation[]) => toSuccessorView(observations, UNITS, LINKS, OPTIONS);

describe("toSuccessorView", () => {
  it("sums old units' counts into their successor and recomputes the rate (10/20 and 30/40 give 40/60)", () => {
    const result = view([obs("18568", "2024-10", 10, 20), obs("18430", "2024-10", 30, 40)]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({unitId: "xa-loc-ha-2025", indicator: "online_share", period: "2024-10", grain: "month", numerator: 40, denominator: 60});
    expect(result[0]!.value).toBeCloseTo(40 / 60, 12);
    expect(result[0]!.value).not.toBeCloseTo((0.5 + 0.75) / 2, 3);
  });

  it("follows a chain: An Lộc and Bình Lộc in 2019 count towards Xã Lộc Hà", () => {
    const result = view([obs("xa-an-loc", "2019-12", 5, 10), obs("xa-binh-loc", "2019-12", 1, 10), obs("18568", "2019-12", 4, 20)]);
    expect(result).toEqual([expect.objectContaining({unitId: "xa-loc-ha-2025", period: "2019-12", numerator: 10, denominator: 40, value: 0.25})]);
  });

  it("gives null for the successor in a month where one covered predecessor has no report", () => {
    const result = view([obs("18568", "2024-11", 10, 20)]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({unitId: "xa-loc-ha-2025", period: "2024-11", value: null, numerator: null});
  });

  it("gives null when a predecessor's report is there but its count is missing", () => {
    const result = view([obs("18568", "2024-10", 10, 20), obs("18430", "2024-10", null, null)]);
    expect(result[0]).toMatchObject({unitId: "xa-loc-ha-2025", value: null, numerator: null, denominator: null});
  });

  it("keeps months apart and indicators apart", () => {
    const result = view([
      obs("18568", "2024-10", 10, 20),
      obs("18430", "2024-10", 30, 40),
      obs("18568", "2024-11", 1, 2),
      obs("18430", "2024-11", 3, 4),
      obs("18568", "2024-10", 20, null, "received_total"),
      obs("18430", "2024-10", 40, null, "received_total")
    ]);
    const find = (indicator: string, period: string) => result.find((o) => o.indicator === indicator && o.period === period);
    expect(result).toHaveLength(3);
    expect(find("online_share", "2024-10")).toMatchObject({numerator: 40, denominator: 60});
    expect(find("online_share", "2024-11")).toMatchObject({numerator: 4, denominator: 6});
    expect(find("received_total", "2024-10")).toMatchObject({numerator: 60, denominator: null, value: 60});
  });

  it("sums count indicators' numerators and leaves the denominator null", () => {
    const result = view([obs("18568", "2024-10", 20, null, "received_total"), obs("18430", "2024-10", 40, null, "received_total")]);
    expect(result).toEqual([expect.objectContaining({unitId: "xa-loc-ha-2025", indicator: "received_total", numerator: 60, denominator: null, value: 60})]);
  });

  it("gives null, not 0, when the summed denominator is 0", () => {
    const result = view([obs("18568", "2024-10", 0, 0), obs("18430", "2024-10", 0, 0)]);
    expect(result[0]).toMatchObject({numerator: 0, denominator: 0, value: null});
  });

  it("passes the successor's own reports after the reorganisation through", () => {
    const result = view([obs("xa-loc-ha-2025", "2025-08", 120, 200)]);
    expect(result).toEqual([expect.objectContaining({unitId: "xa-loc-ha-2025", period: "2025-08", numerator: 120, denominator: 200, value: 0.6, partial: false})]);
  });

  it("keeps a unit that was never reorganised under its own id", () => {
    const result = view([obs("18598", "2024-10", 3, 4)]);
    expect(result).toEqual([expect.objectContaining({unitId: "18598", numerator: 3, denominator: 4, value: 0.75, partial: false})]);
  });

  it("marks a successor with predecessors outside the covered district partial before the reorganisation date, not after", () => {
    const result = view([obs("18457", "2025-06", 7, 10), obs("xa-dong-kinh-2025", "2025-07", 30, 50)]);
    const before = result.find((o) => o.period === "2025-06");
    const after = result.find((o) => o.period === "2025-07");
    expect(before).toMatchObject({unitId: "xa-dong-kinh-2025", partial: true, numerator: 7, denominator: 10});
    expect(after).toMatchObject({unitId: "xa-dong-kinh-2025", partial: false, numerator: 30, denominator: 50});
  });

  it("covers a commune by the area's list whatever its parent: Ích Hậu under Thạch Hà in 2025-03 is still covered", () => {
    const moved = UNITS.map((u) => (u.id === "18457" ? {...u, parentId: "445"} : u));
    const result = toSuccessorView([obs("18457", "2025-03", 3, 4)], moved, LINKS, OPTIONS);
    expect(result).toEqual([expect.objectContaining({unitId: "xa-dong-kinh-2025", numerator: 3, denominator: 4, partial: true})]);
  });

  it("does not mark a successor made only of covered units partial", () => {
    const result = view([obs("18568", "2024-10", 10, 20), obs("18430", "2024-10", 30, 40)]);
    expect(result[0]!.partial).toBe(false);
  });

  it("keeps provenance: every source file and the sample flag", () => {
    const a = {...obs("18568", "2024-10", 10, 20), source: "a.xlsx", sample: true};
    const b = {...obs("18430", "2024-10", 30, 40), source: "b.xlsx"};
    expect(view([a, b])[0]).toMatchObject({source: "a.xlsx; b.xlsx", sample: true});
  });

  it("refuses observations that are not monthly", () => {
    expect(() => view([{...obs("18568", "2024-Q4", 10, 20), grain: "quarter"}])).toThrow(/monthly/);
  });
});
