import {expect, test} from "vitest";
import {diagnoseHeaders} from "../../../src/headers/diagnoseHeaders.ts";
import type {HeaderSpec} from "../../../src/headers/headerSpec.ts";

const spec = (label: string, group: string, sub = "", required = true): HeaderSpec => ({label, required, matches: (g, s) => g === group && s === sub});
const SPECS = [spec("Đơn vị", "Đơn vị"), spec("Tổng số", "Tiếp nhận", "Tổng số"), spec("Trực tuyến", "Tiếp nhận", "Trực tuyến"), spec("Ghi chú", "Ghi chú", "", false)];

test("diagnoseHeaders: the best row or pair of rows, a merged group carried right, what is missing", () => {
  const rows = [["BÁO CÁO"], ["Tháng 10/2024"], ["Đơn vị", "Tiếp nhận", null], [null, "Tổng số", "Khác"], ["Xã A", 1, 2]];
  expect(diagnoseHeaders(rows, SPECS)).toEqual({
    headerRows: [3, 4],
    found: [
      {label: "Đơn vị", column: "A", header: "Đơn vị"},
      {label: "Tổng số", column: "B", header: "Tiếp nhận / Tổng số"}
    ],
    missing: ["Trực tuyến"]
  });
});

test("diagnoseHeaders: null when nothing matches", () => {
  expect(diagnoseHeaders([["a", "b"], [1, 2]], SPECS)).toBeNull();
});
