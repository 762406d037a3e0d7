import {expect, test} from "vitest";
import {explainUnknownFile} from "../../loaders/explainUnknownFile.ts";
import type {Source} from "../../loaders/sources/source.ts";

const source = (kind: string, labels: readonly string[], required = labels.length): Source => ({
  kind,
  dataset: "x",
  titleVi: kind,
  titleEn: `Kind ${kind}`,
  extensions: [".csv"],
  indicators: [],
  detect: () => false,
  headers: labels.map((label, i) => ({label, required: i < required, matches: (g, s) => s === "" && g === label})),
  load: () => Promise.reject(new Error("not used"))
});

test("explainUnknownFile: the nearest kind by share of required columns found, where, found and missing", () => {
  const previews = [
    {sheet: "Bìa", rows: [["Báo cáo"]], encoding: null},
    {sheet: "Số liệu", rows: [["Tiêu đề"], ["Đơn vị", "Năm", "Giá trị"]], encoding: null}
  ];
  const error = explainUnknownFile("f.xlsx", [source("a", ["Đơn vị", "Tháng", "Số", "Ghi chú"], 3), source("b", ["Đơn vị", "Năm", "Điểm"])], previews);
  expect(error.location).toMatchObject({file: "f.xlsx", sheet: "Số liệu", row: 2});
  expect(error.message).toBe(
    'f.xlsx, sheet "Số liệu", row 2: expected the headers of a known kind; nearest: Kind b (b), header row 2: found Đơn vị (A "Đơn vị"), Năm (B "Năm"); missing Điểm' +
      ' (sheets looked at: "Bìa" (1 rows), "Số liệu" (2 rows); if the file is of that kind, check-data --kind b gives its loader\'s message)'
  );
});

test("explainUnknownFile: no header of any kind", () => {
  const error = explainUnknownFile("f.csv", [source("a", ["Đơn vị"])], [{sheet: "CSV", rows: [["x", "y"]], encoding: "utf-8"}]);
  expect(error.message).toBe('f.csv: expected the headers of one of: Kind a (a); no header of any of them found (sheets looked at: "CSV" (1 rows))');
});

test("explainUnknownFile: in a file with personal columns no cell text is quoted, only column letters", () => {
  const rows = [["Mã hồ sơ", "Họ tên người nộp", "Đơn vị"], ["HS-1", "Nguyễn Văn A", "Đơn vị Thạch Kim"]];
  const error = explainUnknownFile("f.csv", [source("b", ["Đơn vị", "Năm"])], [{sheet: "CSV", rows, encoding: "utf-8"}]);
  expect(error.message).toContain("found Đơn vị (column C); missing Năm");
  expect(error.message).not.toContain("Nguyễn");
});
