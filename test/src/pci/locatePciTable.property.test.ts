import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {locatePciTable} from "../../../src/pci/locatePciTable.ts";
import {arbitraryCell} from "../../helpers/arbitraryCells.ts";

const HEADERS = [
  "Tỉnh",
  "Province",
  "STT",
  "Gia nhập thị trường",
  "Tiếp cận đất đai",
  "Tính minh bạch",
  "Chi phí thời gian",
  "Chi phí không chính thức",
  "Cạnh tranh bình đẳng",
  "Tính năng động",
  "Hỗ trợ doanh nghiệp",
  "Đào tạo lao động",
  "Thiết chế pháp lý",
  "Chỉ số PCI 2016",
  "Xếp hạng",
  "Nhóm xếp hạng",
  "Tính minh bạch và đào tạo lao động",
  "PCI chưa có trọng số"
];
const cell = arbitraryCell([...HEADERS, "Hà Tĩnh", "Đà Nẵng", "6,35", "5.822", " 7 ", "MIN", "1", "Chỉ số PCI năm 2015", ""]);
// Body cells: scores and ranks, province names, or anything.
const bodyCell = fc.oneof(fc.double({min: 0, max: 100, noNaN: true}), fc.integer({min: 1, max: 63}), fc.constantFrom("Hà Tĩnh", "Đà Nẵng", "6,35", ""), cell);
// Title lines, one to three header rows of PCI column names, then rows of scores.
const table = fc
  .tuple(
    fc.array(fc.array(cell, {maxLength: 3}), {maxLength: 3}),
    fc.array(fc.array(fc.oneof({arbitrary: fc.constantFrom(...HEADERS), weight: 4}, cell), {minLength: 2, maxLength: 12}), {minLength: 1, maxLength: 3}),
    fc.array(fc.array(bodyCell, {maxLength: 12}), {maxLength: 8})
  )
  .map(([title, header, body]) => [...title, ...header, ...body]);
const grid = fc.oneof(fc.array(fc.array(cell, {maxLength: 12}), {maxLength: 14}), table);

describe("locatePciTable on arbitrary input", () => {
  it("never throws, and any table it finds lies within the grid", () => {
    fc.assert(
      fc.property(grid, fc.option(fc.integer({min: 0, max: 50}), {nil: undefined}), (cells, scanRows) => {
        const found = locatePciTable(cells, scanRows);
        if (found === null) return;
        const [top, lastHeader] = found.headerRows;
        const [first, last] = found.bodyRows;
        expect(top <= lastHeader && lastHeader + 1 === first && first <= last && last < cells.length).toBe(true);
        const width = Math.max(...cells.slice(top, first + 1).map((r) => r.length));
        for (const c of found.columns) expect(c.index < width && c.provinceIndex < width && c.provinceIndex !== c.index).toBe(true);
        for (const issue of found.issues) expect(issue.row).toBe(top + 1);
      }),
      {numRuns: 300}
    );
  });
});
