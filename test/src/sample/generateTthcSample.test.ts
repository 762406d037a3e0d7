import {describe, expect, it} from "vitest";
import {reportGrid} from "../../../scripts/sample/writeTthcReport.ts";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";
import {tetMonth} from "../../../src/period/tetMonth.ts";
import {generateTthcSample, type SampleOptions, type SampleReport, type SampleUnit} from "../../../src/sample/generateTthcSample.ts";
import {createUnitMatcher} from "../../../src/text/createUnitMatcher.ts";
import {parseTthcReport} from "../../../src/tthc/parseTthcReport.ts";
import {TTHC_COUNT_FIELDS} from "../../../src/tthc/tthcCounts.ts";

// Shaped like data/reference/sample-profile.csv: old communes until the 2025 reorganisation,
// their successors after it.
const UNITS: readonly SampleUnit[] = [
  {id: "18568", name: "Thị trấn Lộc Hà", firstMonth: "2021-01", lastMonth: "2025-06", monthlyDossiers: 95, lagMonths: 0},
  {id: "18580", name: "Xã Thạch Kim", firstMonth: "2021-01", lastMonth: "2025-06", monthlyDossiers: 80, lagMonths: 14},
  {id: "18598", name: "Xã Hộ Độ", firstMonth: "2021-01", lastMonth: "2025-06", monthlyDossiers: 64, lagMonths: 16},
  {id: "18583", name: "Xã Thạch Châu", firstMonth: "2022-06", lastMonth: "2025-06", monthlyDossiers: 55, lagMonths: 10},
  {id: "xa-loc-ha-2025", name: "Xã Lộc Hà", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 300, lagMonths: 4},
  {id: "phuong-tran-phu-2025", name: "Phường Trần Phú", firstMonth: "2025-07", lastMonth: "2026-10", monthlyDossiers: 260, lagMonths: 3}
];

const GAPS = [
  {unitId: "18580", month: "2022-03"},
  {unitId: "18598", month: "2023-08"},
  {unitId: "xa-loc-ha-2025", month: "2025-09"}
];

const OPTIONS: SampleOptions = {seed: 20240201, from: "2021-01", to: "2026-10", units: UNITS, gaps: GAPS};
const SEEDS = [20240201, 1, 99, 123456789];

// As the loader does: a matcher over the units that existed in the month ("Thị trấn Lộc Hà" and
// its successor "Xã Lộc Hà" share the key "loc ha" but never exist at the same time).
const matcherFor = (month: string) => createUnitMatcher(UNITS.filter((u) => month >= u.firstMonth && month <= u.lastMonth));

const generate = (seed = OPTIONS.seed): SampleReport[] => generateTthcSample({...OPTIONS, seed});

function districtSum(report: SampleReport, field: (typeof TTHC_COUNT_FIELDS)[number]): number {
  return report.rows.reduce((s, r) => s + r.counts[field], 0);
}

describe("generateTthcSample", () => {
  it("gives deep-equal output for the same seed", () => {
    expect(generate()).toEqual(generate());
  });

  it("gives different figures for a different seed", () => {
    expect(generate(20240202)).not.toEqual(generate());
  });

  it("gives one report a month from `from` to `to`", () => {
    expect(generate().map((r) => r.month)).toEqual(monthsBetween("2021-01", "2026-10"));
  });

  it.each(SEEDS)("keeps every row consistent, as the report parser requires (seed %i)", (seed) => {
    for (const report of generate(seed)) {
      for (const {counts: c} of report.rows) {
        for (const field of TTHC_COUNT_FIELDS) {
          expect(Number.isInteger(c[field]) && c[field] >= 0, `${report.month} ${field} = ${c[field]}`).toBe(true);
        }
        expect(c.receivedTotal).toBeGreaterThan(0);
        expect(c.receivedOnline).toBeLessThanOrEqual(c.receivedTotal);
        expect(c.receivedFullyOnline).toBeLessThanOrEqual(c.receivedOnline);
        expect(c.receivedPostal).toBeLessThanOrEqual(c.receivedTotal);
        expect(c.receivedOnline + c.receivedInPerson + c.receivedPostal).toBe(c.receivedTotal);
        expect(c.returnedPostal).toBeLessThanOrEqual(c.resolvedOnTime + c.resolvedLate);
        expect(c.paidOnline).toBeLessThanOrEqual(c.receivedTotal);
      }
    }
  });

  it("leaves the listed gaps out and nothing else", () => {
    const reports = generate();
    const present = new Set(reports.flatMap((r) => r.rows.map((row) => `${row.unitId}|${r.month}`)));
    for (const gap of GAPS) expect(present.has(`${gap.unitId}|${gap.month}`)).toBe(false);
    for (const unit of UNITS) {
      for (const month of monthsBetween(unit.firstMonth, unit.lastMonth)) {
        const isGap = GAPS.some((g) => g.unitId === unit.id && g.month === month);
        expect(present.has(`${unit.id}|${month}`), `${unit.id} ${month}`).toBe(!isGap);
      }
    }
  });

  it("does not let a gap change any other unit-month", () => {
    const withoutGaps = generateTthcSample({...OPTIONS, gaps: []});
    const withGaps = generate();
    const key = (reports: SampleReport[]) => new Map(reports.flatMap((r) => r.rows.map((row) => [`${row.unitId}|${r.month}`, row] as const)));
    const all = key(withoutGaps);
    for (const [k, row] of key(withGaps)) expect(row).toEqual(all.get(k));
  });

  it("reports units only between their first and last month, once a month", () => {
    for (const report of generate()) {
      const ids = report.rows.map((r) => r.unitId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        const unit = UNITS.find((u) => u.id === id)!;
        expect(report.month >= unit.firstMonth && report.month <= unit.lastMonth, `${id} in ${report.month}`).toBe(true);
      }
    }
  });

  it.each(SEEDS)("moves the district online: under 0.35 of dossiers in 2021, over 0.6 in 2026 (seed %i)", (seed) => {
    const reports = generate(seed);
    const share = (year: string) => {
      const inYear = reports.filter((r) => r.month.startsWith(year));
      const online = inYear.reduce((s, r) => s + districtSum(r, "receivedOnline"), 0);
      const total = inYear.reduce((s, r) => s + districtSum(r, "receivedTotal"), 0);
      return online / total;
    };
    expect(share("2021")).toBeLessThan(0.35);
    expect(share("2021")).toBeGreaterThan(0.1);
    expect(share("2026")).toBeGreaterThan(0.6);
  });

  it.each(SEEDS)("receives fewer dossiers in the Tết month than in the months around it, on average (seed %i)", (seed) => {
    // Same units throughout, so volumes compare: the old communes, 2021-2025.
    const reports = generateTthcSample({...OPTIONS, seed, units: UNITS.slice(0, 3), to: "2025-06", gaps: []});
    const volume = new Map(reports.map((r) => [r.month, districtSum(r, "receivedTotal")]));
    let tet = 0;
    let around = 0;
    for (const year of [2022, 2023, 2024, 2025]) {
      const month = tetMonth(year);
      const before = monthsBetween(`${year - 1}-01`, month).at(-2)!;
      const after = monthsBetween(month, `${year + 1}-12`)[1]!;
      tet += volume.get(month)!;
      around += (volume.get(before)! + volume.get(after)!) / 2;
    }
    expect(tet / around).toBeLessThan(0.8);
  });

  it("writes unit names the ways senders do, all of which the loader matches", () => {
    const names = new Set<string>();
    for (const report of generate()) {
      const matcher = matcherFor(report.month);
      for (const row of report.rows) {
        names.add(row.unitName);
        expect(matcher(row.unitName), row.unitName).toEqual({ok: true, id: row.unitId});
      }
    }
    expect(names.size).toBeGreaterThan(UNITS.length);
  });

  it("lays out reports that the report parser loads back unchanged, flagged as sample", () => {
    for (const report of generate()) {
      const parsed = parseTthcReport(reportGrid(report), {file: `bao-cao-tthc-${report.month}.xlsx`, sheet: "BaoCao", matcherFor});
      expect(parsed.month).toBe(report.month);
      expect(parsed.sample).toBe(true);
      expect(parsed.rows.map((r) => ({unitId: r.unitId, unitName: r.unitName, counts: r.counts}))).toEqual(report.rows);
    }
  });
});
