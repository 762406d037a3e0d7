import {describe, expect, it} from "vitest";
import type {Observation} from "../../../src/model/observation.ts";
import {strengthsAndWeaknesses} from "../../../src/model/strengthsAndWeaknesses.ts";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";

const INDICATORS = [
  {id: "online_share", better: "higher" as const},
  {id: "late_share", better: "lower" as const}
];

/** Twelve months 2024-07..2025-06 of one unit with the same share every month. */
function unit(unitId: string, shares: {online: number; late: number}, skip: readonly string[] = []): Observation[] {
  return monthsBetween("2024-07", "2025-06")
    .filter((m) => !skip.includes(m))
    .flatMap((period) => [
      {unitId, indicator: "online_share", period, grain: "month" as const, value: shares.online, numerator: shares.online * 100, denominator: 100, source: "", sample: true},
      {unitId, indicator: "late_share", period, grain: "month" as const, value: shares.late, numerator: shares.late * 100, denominator: 100, source: "", sample: true}
    ]);
}

/** Six units; "a" is best online and worst on lateness. */
const peers = (): Observation[] => [
  ...unit("a", {online: 0.9, late: 0.3}),
  ...unit("b", {online: 0.8, late: 0.25}),
  ...unit("c", {online: 0.5, late: 0.2}),
  ...unit("d", {online: 0.4, late: 0.1}),
  ...unit("e", {online: 0.3, late: 0.05}),
  ...unit("f", {online: 0.2, late: 0.01})
];

describe("strengthsAndWeaknesses", () => {
  it("finds indicators in the top and bottom third, minding which way is better", () => {
    const result = strengthsAndWeaknesses(peers(), "a", INDICATORS);
    expect(result).toMatchObject({from: "2024-07", to: "2025-06"});
    expect(result.strengths).toEqual([{indicator: "online_share", value: 0.9, rank: 1, of: 6, standing: "strength"}]);
    expect(result.weaknesses).toEqual([{indicator: "late_share", value: 0.3, rank: 6, of: 6, standing: "weakness"}]);
    const f = strengthsAndWeaknesses(peers(), "f", INDICATORS);
    expect(f.strengths.map((s) => s.indicator)).toEqual(["late_share"]);
    expect(f.weaknesses.map((s) => s.indicator)).toEqual(["online_share"]);
  });

  it("puts the middle third in neither list", () => {
    const result = strengthsAndWeaknesses(peers(), "c", INDICATORS);
    expect(result.strengths).toEqual([]);
    expect(result.weaknesses).toEqual([]);
    expect(result.all.map((s) => [s.indicator, s.rank, s.standing])).toEqual([
      ["online_share", 3, "middle"],
      ["late_share", 4, "middle"]
    ]);
  });

  it("uses the latest 12 months of the unit, pooling counts rather than averaging rates", () => {
    const old: Observation[] = monthsBetween("2023-01", "2024-06").map((period) => ({
      unitId: "f", indicator: "online_share", period, grain: "month", value: 0.99, numerator: 99, denominator: 100, source: "", sample: true
    }));
    const skewed = peers().map((o) =>
      o.unitId === "b" && o.indicator === "online_share" && o.period === "2025-06" ? {...o, value: 1, numerator: 1000, denominator: 1000} : o
    );
    const result = strengthsAndWeaknesses([...old, ...skewed], "b", INDICATORS);
    // b: (11 × 80 + 1000) / (11 × 100 + 1000) ≈ 0.895 < a's 0.9; f's earlier months do not count
    expect(result.all[0]).toMatchObject({rank: 2, of: 6});
    expect(result.all[0]!.value).toBeCloseTo(1880 / 2100);
  });

  it("does not rank a unit with a month missing in the window, nor count such peers", () => {
    const rows = [...peers().filter((o) => o.unitId !== "a"), ...unit("a", {online: 0.9, late: 0.3}, ["2025-02"])];
    const a = strengthsAndWeaknesses(rows, "a", INDICATORS);
    expect(a.all[0]).toMatchObject({value: null, rank: null, of: 5, standing: "unranked"});
    expect(a.strengths).toEqual([]);
    const b = strengthsAndWeaknesses(rows, "b", INDICATORS);
    expect(b.all[0]).toMatchObject({rank: 1, of: 5, standing: "strength"});
  });

  it("gives tied units the same rank", () => {
    const rows = [...peers(), ...unit("g", {online: 0.9, late: 0.3})];
    const g = strengthsAndWeaknesses(rows, "g", INDICATORS);
    expect(g.all[0]).toMatchObject({rank: 1, of: 7, standing: "strength"});
    expect(g.all[1]).toMatchObject({rank: 6, of: 7, standing: "weakness"});
  });

  it("ranks nobody into a third with fewer than three units", () => {
    const rows = [...unit("a", {online: 0.9, late: 0.3}), ...unit("b", {online: 0.1, late: 0.1})];
    const a = strengthsAndWeaknesses(rows, "a", INDICATORS);
    expect(a.all.map((s) => s.standing)).toEqual(["middle", "middle"]);
  });

  it("has an empty window for a unit without data", () => {
    expect(strengthsAndWeaknesses(peers(), "zzz", INDICATORS)).toMatchObject({from: null, to: null, strengths: [], weaknesses: []});
  });

  it("a unit whose every month had nothing to count (0/0) is not ranked, and does not count among the ranked", () => {
    const empty = unit("e", {online: 0, late: 0}).map((o) => ({...o, value: null, numerator: 0, denominator: 0}));
    const peers = [...unit("a", {online: 0.9, late: 0.1}), ...unit("b", {online: 0.5, late: 0.2}), ...unit("c", {online: 0.2, late: 0.3})];
    const result = strengthsAndWeaknesses([...peers, ...empty], "e", INDICATORS);
    expect(result.all[0]).toMatchObject({value: null, rank: null, of: 3, standing: "unranked"});
    expect(strengthsAndWeaknesses([...peers, ...empty], "a", INDICATORS).all[0]).toMatchObject({rank: 1, of: 3});
  });
});
