import {describe, expect, test} from "vitest";
import {ddciTableGrid} from "../../../scripts/sample/writeDdciTable.ts";
import {createDdciUnitMatcher} from "../../../src/ddci/createDdciUnitMatcher.ts";
import {parseDdciTable} from "../../../src/ddci/parseDdciTable.ts";
import {DDCI_COMPONENT_IDS} from "../../../src/model/ddciIndicators.ts";
import {
  classifyDdciSampleTotal,
  DDCI_SAMPLE_TOTAL_RANGE,
  generateDdciSample,
  type DdciSampleOptions,
  type DdciSampleUnit
} from "../../../src/sample/generateDdciSample.ts";

const UNITS: readonly DdciSampleUnit[] = [
  {id: "448", name: "Huyện Lộc Hà", level: "district", firstYear: null, lastYear: "2025"},
  {id: "449", name: "Thị xã Kỳ Anh", level: "district", firstYear: null, lastYear: "2025"},
  {id: "447", name: "Huyện Kỳ Anh", level: "district", firstYear: null, lastYear: "2025"},
  {id: "so-tai-chinh", name: "Sở Tài chính", level: "department", firstYear: null, lastYear: null},
  {id: "so-y-te", name: "Sở Y tế", level: "department", firstYear: "2023", lastYear: null}
];
const OPTIONS: DdciSampleOptions = {seed: 20240201, years: ["2021", "2022", "2023", "2024"], units: UNITS, exclude: [{unitId: "448", year: "2021"}]};
const SEEDS = [20240201, 1, 99, 123456789];

describe("generateDdciSample", () => {
  test("is deterministic for a seed and differs between seeds", () => {
    expect(generateDdciSample(OPTIONS)).toEqual(generateDdciSample(OPTIONS));
    expect(generateDdciSample({...OPTIONS, seed: 1})).not.toEqual(generateDdciSample(OPTIONS));
  });

  test("one table per year; units only within their years; excluded unit-years left out", () => {
    const tables = generateDdciSample(OPTIONS);
    expect(tables.map((t) => t.year)).toEqual(OPTIONS.years);
    const ids = (year: string) => tables.find((t) => t.year === year)!.rows.map((r) => r.unitId);
    expect(ids("2021")).toEqual(["449", "447", "so-tai-chinh"]);
    expect(ids("2023")).toEqual(["448", "449", "447", "so-tai-chinh", "so-y-te"]);
  });

  test("an exclusion does not reshuffle the other units' figures", () => {
    const withExclusion = generateDdciSample(OPTIONS);
    const without = generateDdciSample({...OPTIONS, exclude: []});
    expect(withExclusion.map((t) => t.rows.filter((r) => r.unitId !== "448"))).toEqual(without.map((t) => t.rows.filter((r) => r.unitId !== "448")));
  });

  test.each(SEEDS)("seed %i: totals 45-80, components 0-10, total = equal-weight mean × 10, departments not scored on land", (seed) => {
    for (const table of generateDdciSample({...OPTIONS, seed})) {
      for (const row of table.rows) {
        const unit = UNITS.find((u) => u.id === row.unitId)!;
        expect(row.total).toBeGreaterThanOrEqual(DDCI_SAMPLE_TOTAL_RANGE[0]);
        expect(row.total).toBeLessThanOrEqual(DDCI_SAMPLE_TOTAL_RANGE[1]);
        const scored = DDCI_COMPONENT_IDS.map((id) => row.scores[id]).filter((x): x is number => x !== null);
        expect(scored).toHaveLength(unit.level === "department" ? 8 : 9);
        expect(row.scores.ddci_land === null).toBe(unit.level === "department");
        for (const s of scored) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(10);
          expect(Math.round(s * 100) / 100).toBe(s);
        }
        expect(row.total).toBeCloseTo((scored.reduce((a, b) => a + b, 0) / scored.length) * 10, 2);
        expect(Number.isInteger(row.responses) && row.responses > 0).toBe(true);
        expect(row.classification).toBe(classifyDdciSampleTotal(row.total));
      }
    }
  });

  test("the classification bands agree with Hà Tĩnh's published 2021 rows", () => {
    // Thành phố Hà Tĩnh, Sở Khoa học và Công nghệ, Sở Tư pháp, Sở Y tế, Huyện Lộc Hà, Huyện Cẩm Xuyên
    expect([80.26, 79.93, 68.2, 62.08, 54.52, 13.77].map(classifyDdciSampleTotal)).toEqual(["Rất tốt", "Tốt", "Khá", "Khá", "Trung bình", "Rất thấp"]);
  });

  test("the written tables parse back to the generated figures, flagged sample", () => {
    const matcher = createDdciUnitMatcher(UNITS);
    for (const table of generateDdciSample(OPTIONS)) {
      const parsed = parseDdciTable(ddciTableGrid(table), {file: "ddci.xlsx", sheet: "DDCI", matcherFor: () => matcher});
      expect(parsed.year).toBe(table.year);
      expect(parsed.sample).toBe(true);
      expect(parsed.rows.map((r) => ({unitId: r.unitId, responses: r.responses, scores: r.scores, total: r.total, classification: r.classification}))).toEqual(
        table.rows.map((r) => ({unitId: r.unitId, responses: r.responses, scores: r.scores, total: r.total, classification: r.classification}))
      );
    }
  });
});
