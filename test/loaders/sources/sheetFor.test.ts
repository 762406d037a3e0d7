import {expect, test} from "vitest";
import {sheetFor} from "../../../loaders/sources/sheetFor.ts";

test("sheetFor: the first sheet recognised, else the first non-empty one, else none", () => {
  const sheets = [
    {sheet: "Trống", cells: []},
    {sheet: "Ghi chú", cells: [["xem trang sau"]]},
    {sheet: "Bảng", cells: [["Đơn vị", "Tổng số"]]}
  ];
  const isTable = (rows: readonly (readonly unknown[])[]): boolean => rows.some((r) => r.includes("Đơn vị"));
  expect(sheetFor(sheets, isTable)?.sheet).toBe("Bảng");
  expect(sheetFor(sheets, () => false)?.sheet).toBe("Ghi chú");
  expect(sheetFor([{sheet: "Trống", cells: []}], isTable)).toBeUndefined();
});
