import {describe, expect, test} from "vitest";
import {timePoints} from "../../../src/explore/timePoints.ts";

describe("timePoints puts a result on a time axis", () => {
  const rows = [
    {unit: "A", month: "2024-03", v: 3},
    {unit: "A", month: "2024-01", v: 1},
    {unit: "A", month: "2024-02", v: null},
    {unit: "A", month: "2024-05", v: 5},
    {unit: "B", month: "2024-01", v: 7}
  ];

  test("in time order per series; a missing value stays null, never 0", () => {
    const points = timePoints(rows, {x: "month", xType: "period", y: "v", series: "unit", gaps: false});
    expect(points.map((p) => [p.series, new Date(p.x).toISOString().slice(0, 7), p.y])).toEqual([
      ["A", "2024-01", 1],
      ["A", "2024-02", null],
      ["A", "2024-03", 3],
      ["A", "2024-05", 5],
      ["B", "2024-01", 7]
    ]);
  });

  test("with gaps, a skipped period inserts a break so the line does not draw through it", () => {
    const points = timePoints(rows, {x: "month", xType: "period", y: "v", series: "unit", gaps: true}).filter((p) => p.series === "A");
    expect(points).toHaveLength(5);
    const inserted = points.find((p) => p.row === null)!;
    expect(inserted.y).toBeNull();
    expect(inserted.x).toBeGreaterThan(Date.UTC(2024, 2, 1));
    expect(inserted.x).toBeLessThan(Date.UTC(2024, 4, 1));
  });

  test("years as numbers, quarters and first-of-month dates know their neighbours too", () => {
    const years = timePoints([{y: 2021, v: 1}, {y: 2023, v: 2}], {x: "y", xType: "year", y: "v", series: null, gaps: true});
    expect(years.filter((p) => p.row === null)).toHaveLength(1);
    const quarters = timePoints([{q: "2024-Q1", v: 1}, {q: "2024-Q2", v: 2}], {x: "q", xType: "period", y: "v", series: null, gaps: true});
    expect(quarters.filter((p) => p.row === null)).toHaveLength(0);
    const dates = timePoints(
      [{d: new Date(Date.UTC(2024, 0, 1)), v: 1}, {d: new Date(Date.UTC(2024, 3, 1)), v: 2}],
      {x: "d", xType: "date", y: "v", series: null, gaps: true}
    );
    expect(dates.filter((p) => p.row === null)).toHaveLength(1);
  });

  test("rows whose time cannot be read are left out", () => {
    expect(timePoints([{m: "T3/2024", v: 1}, {m: null, v: 2}], {x: "m", xType: "period", y: "v", series: null, gaps: true})).toEqual([]);
  });
});
