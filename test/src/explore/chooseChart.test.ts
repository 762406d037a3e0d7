import {describe, expect, test} from "vitest";
import {chooseChart, MAX_BARS, type ResultColumn} from "../../../src/explore/chooseChart.ts";

const col = (name: string, kind: ResultColumn["kind"]): ResultColumn => ({name, kind});

describe("chooseChart picks a chart from the result's column types", () => {
  test("periods and a measure: one line per commune, the last numeric column as the measure", () => {
    const rows = [
      {"Xã": "A", "Tháng": "2024-01", "Hồ sơ": 10, "Tỷ lệ trực tuyến": 0.5},
      {"Xã": "A", "Tháng": "2024-02", "Hồ sơ": 12, "Tỷ lệ trực tuyến": 0.6},
      {"Xã": "B", "Tháng": "2024-01", "Hồ sơ": 8, "Tỷ lệ trực tuyến": null}
    ];
    const spec = chooseChart([col("Xã", "text"), col("Tháng", "text"), col("Hồ sơ", "number"), col("Tỷ lệ trực tuyến", "number")], rows);
    expect(spec).toEqual({kind: "line", x: "Tháng", xType: "period", y: "Tỷ lệ trực tuyến", series: "Xã", legend: true, share: true});
  });

  test("several rows of one series in one period are points, not a zigzag line", () => {
    const rows = [
      {unit: "A", quarter: "2024-Q1", target: "1", value: 0.5},
      {unit: "A", quarter: "2024-Q1", target: "2", value: 0.2},
      {unit: "A", quarter: "2024-Q2", target: "1", value: 0.9}
    ];
    const spec = chooseChart([col("unit", "text"), col("quarter", "text"), col("target", "text"), col("value", "number")], rows);
    expect(spec.kind).toBe("dots");
  });

  test("a single period (the latest month) is a label: bars by name, in result order", () => {
    const rows = [
      {"Xã": "A", "Tháng": "2026-10", "Tỷ lệ": 0.8},
      {"Xã": "B", "Tháng": "2026-10", "Tỷ lệ": 0.7}
    ];
    expect(chooseChart([col("Xã", "text"), col("Tháng", "text"), col("Tỷ lệ", "number")], rows)).toEqual({
      kind: "bars",
      labels: ["Xã"],
      value: "Tỷ lệ",
      share: true,
      limit: MAX_BARS
    });
  });

  test("bar labels take as many text columns as it needs to tell the rows apart", () => {
    const rows = [
      {unit: "A", item: "1", n: 1},
      {unit: "A", item: "2", n: 2}
    ];
    const spec = chooseChart([col("unit", "text"), col("item", "text"), col("n", "number")], rows);
    expect(spec).toMatchObject({kind: "bars", labels: ["unit", "item"]});
  });

  test("a share-named column with values above 1 is not drawn as a share", () => {
    const rows = [
      {unit: "A", "tỷ lệ": 12},
      {unit: "B", "tỷ lệ": 30}
    ];
    expect(chooseChart([col("unit", "text"), col("tỷ lệ", "number")], rows)).toMatchObject({share: false});
  });

  test("two label columns and no measure: a grid coloured by the yes/no column", () => {
    const rows = [
      {"Xã": "A", "Quý": "2024-Q2", "Có báo cáo": true},
      {"Xã": "B", "Quý": "2024-Q3", "Có báo cáo": false}
    ];
    expect(chooseChart([col("Xã", "text"), col("Quý", "text"), col("Có báo cáo", "boolean")], rows)).toEqual({
      kind: "cells",
      x: "Quý",
      xType: "period",
      y: "Xã",
      fill: "Có báo cáo"
    });
  });

  test("a whole-number column named year is a time axis; DATE columns are too", () => {
    const years = [
      {"Năm": 2022, n: 1},
      {"Năm": 2023, n: 2}
    ];
    expect(chooseChart([col("Năm", "number"), col("n", "number")], years)).toMatchObject({kind: "line", x: "Năm", xType: "year", y: "n", series: null});
    const dates = [
      {d: new Date(Date.UTC(2024, 0, 1)), n: 1},
      {d: new Date(Date.UTC(2024, 1, 1)), n: 2}
    ];
    expect(chooseChart([col("d", "date"), col("n", "number")], dates)).toMatchObject({kind: "line", xType: "date"});
  });

  test("two measures: a scatter; one measure alone: a histogram; a single number or no rows: no chart", () => {
    const pairs = [
      {a: 1, b: 2},
      {a: 2, b: 3}
    ];
    expect(chooseChart([col("a", "number"), col("b", "number")], pairs)).toMatchObject({kind: "scatter", x: "a", y: "b"});
    expect(chooseChart([col("a", "number")], [{a: 1}, {a: 2}])).toMatchObject({kind: "histogram", value: "a"});
    expect(chooseChart([col("a", "number")], [{a: 42}])).toEqual({kind: "none", reason: "nothing-to-draw"});
    expect(chooseChart([col("a", "number")], [])).toEqual({kind: "none", reason: "empty"});
    expect(chooseChart([col("name", "text")], [{name: "x"}, {name: "y"}])).toEqual({kind: "none", reason: "nothing-to-draw"});
  });

  test("more series than a legend can hold: lines without a legend", () => {
    const rows = Array.from({length: 25}, (_, i) => [
      {unit: `U${i}`, period: "2024", v: i},
      {unit: `U${i}`, period: "2025", v: i + 1}
    ]).flat();
    expect(chooseChart([col("unit", "text"), col("period", "text"), col("v", "number")], rows)).toMatchObject({kind: "line", legend: false});
  });
});
