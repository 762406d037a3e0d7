import fc from "fast-check";
import {describe, it} from "vitest";
import {createDdciUnitMatcher} from "../../../src/ddci/createDdciUnitMatcher.ts";
import {DDCI_CLASSIFICATIONS, DDCI_COLUMNS} from "../../../src/ddci/ddciLayout.ts";
import {parseDdciTable} from "../../../src/ddci/parseDdciTable.ts";
import {DDCI_COMPONENT_IDS} from "../../../src/model/ddciIndicators.ts";
import {arbitraryCell, throwsOnlyDataErrors} from "../../helpers/arbitraryCells.ts";

const UNITS = [
  {id: "448", name: "Huyện Lộc Hà", level: "district"},
  {id: "449", name: "Thị xã Kỳ Anh", level: "district"},
  {id: "447", name: "Huyện Kỳ Anh", level: "district"},
  {id: "so-y-te", name: "Sở Y tế", level: "department"}
];
const matcher = createDdciUnitMatcher(UNITS);
const CONTEXT = {file: "ddci.xlsx", sheet: "DDCI", matcherFor: () => matcher};
const HEADERS = DDCI_COLUMNS.map((c) => c.header);
const COMPONENT_HEADERS = new Set(DDCI_COMPONENT_IDS.map((id) => DDCI_COLUMNS.find((c) => c.key === id)!.header));
const UNIT_NAMES = [...UNITS.map((u) => u.name), "UBND huyện Lộc Hà", "Sở KH&ĐT", "Trung bình chung", "I. Khối sở, ban, ngành"];
const cell = arbitraryCell([
  ...HEADERS,
  ...UNIT_NAMES,
  ...DDCI_CLASSIFICATIONS,
  "Kết quả DDCI năm 2021",
  "DDCI năm 2022 (Thang điểm 100)",
  "Điểm chỉ số thành phần DDCI năm 2021 (Thang điểm 10)",
  "Nguồn: https://ddcihatinh.vn/ket-qua",
  "DỮ LIỆU MẪU",
  "-",
  "7,125",
  "7.125",
  "65,5",
  "(1)",
  "#DIV/0!"
]);

// Title lines (with or without the year), then all or some of the columns, in the published
// order or any other; the components either in the header row or in a second row under a merged
// group header.
const header = fc
  .record({
    title: fc.array(fc.array(cell, {maxLength: 3}), {maxLength: 3}),
    year: fc.boolean(),
    columns: fc.oneof(fc.constant(HEADERS), fc.subarray(HEADERS, {minLength: 2}), fc.shuffledSubarray(HEADERS, {minLength: 2})),
    split: fc.boolean()
  })
  .map(({title, year, columns, split}) => [
    ...title,
    ...(year ? [["Kết quả DDCI năm 2021"]] : []),
    ...(split
      ? [columns.map((h) => (COMPONENT_HEADERS.has(h) ? "Điểm chỉ số thành phần" : h)), columns.map((h) => (COMPONENT_HEADERS.has(h) ? h : ""))]
      : [columns])
  ]);
// A unit row in the published order (STT, name, responses, nine scores, total, classification):
// valid, so that a table can load whole, or (given `odd`) with any cell odd.
const unitRow = (odd?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> => {
  const or = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => (odd === undefined ? valid : fc.oneof({arbitrary: valid, weight: 4}, odd));
  const score = (max: number): fc.Arbitrary<unknown> => or(fc.oneof(fc.double({min: 0, max, noNaN: true}), fc.constant("-")));
  return fc
    .tuple(
      or(fc.integer({min: 1, max: 30})),
      or(fc.constantFrom(...UNITS.map((u) => u.name))),
      or(fc.integer({min: 0, max: 500})),
      fc.array(score(10), {minLength: 9, maxLength: 9}),
      score(100),
      or(fc.constantFrom(...DDCI_CLASSIFICATIONS))
    )
    .map(([index, name, responses, scores, total, classification]) => [index, name, responses, ...scores, total, classification]);
};
const body = fc.oneof(fc.array(unitRow(), {minLength: 1, maxLength: 2}), fc.array(fc.oneof(unitRow(), unitRow(cell), fc.array(cell, {maxLength: 16})), {maxLength: 8}));
const grid = fc.oneof(
  fc.array(fc.array(cell, {maxLength: 16}), {maxLength: 14}),
  fc.tuple(header, body).map(([h, b]) => [...h, ...b])
);

describe("parseDdciTable on arbitrary input", () => {
  it("never throws anything but its own located errors", () => {
    fc.assert(
      fc.property(grid, (cells) => throwsOnlyDataErrors(() => parseDdciTable(cells, CONTEXT))),
      {numRuns: 300}
    );
  });
});
