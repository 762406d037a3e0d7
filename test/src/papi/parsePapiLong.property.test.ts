import fc from "fast-check";
import {describe, it} from "vitest";
import {PAPI_SUBCRITERIA} from "../../../src/model/papiIndicators.ts";
import {papiProvinceName} from "../../../src/papi/papiProvinceName.ts";
import {parsePapiLong} from "../../../src/papi/parsePapiLong.ts";
import {createUnitMatcher} from "../../../src/text/createUnitMatcher.ts";
import {arbitraryText, throwsOnlyDataErrors} from "../../helpers/arbitraryCells.ts";

const matcher = createUnitMatcher([
  {id: "01", name: "Thành phố Hà Nội"},
  {id: "42", name: "Tỉnh Hà Tĩnh"},
  {id: "79", name: "Thành phố Hồ Chí Minh"}
]);
const CONTEXT = {file: "papi_long.csv", matchProvince: (name: string) => matcher(papiProvinceName(name))};
const HEADER = ["year", "Province", "province_name", "subcriterion", "score", "subcriterion_name", "Criteria_Name", "Criteria_Code"];
const YEARS = ["2011", "2024", "2005", "20240", "0x7E8"];
const PROVINCES = ["P01", "P42", "Hà Tĩnh", "Ha Tinh", "Hà Nội", "TP. Hồ Chí Minh", "Hà Tây"];
const CODES = [...PAPI_SUBCRITERIA.flatMap((s) => [s.code, s.criterion]), "sc11", "SC99", "C9"];
const SCORES = ["1.963", "6,35", "NA", "na", "-1", "10", "10.5", "1e1", "Infinity", "NaN", "", " "];
const text = arbitraryText([...HEADER, ...YEARS, ...PROVINCES, ...CODES, ...SCORES]);
// A row in the published column order: valid, so that a file can load whole, or (given `odd`)
// with any field odd.
const dataRow = (odd?: fc.Arbitrary<string>): fc.Arbitrary<string[]> => {
  const or = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => (odd === undefined ? valid : fc.oneof({arbitrary: valid, weight: 4}, odd));
  return fc
    .tuple(
      or(fc.constantFrom("2011", "2024")),
      fc.constantFrom(["P01", "Hà Nội"], ["P42", "Hà Tĩnh"], ["P79", "TP. Hồ Chí Minh"]),
      fc.constantFrom(...PAPI_SUBCRITERIA),
      or(fc.constantFrom("1.963", "NA", "0", "10", "")),
      text
    )
    .chain(([year, [code, name], sub, score, subName]) =>
      fc.tuple(or(fc.constant(code)), or(fc.constant(name)), or(fc.constant(sub.code)), or(fc.constant(sub.criterion))).map(([c, n, s, k]) => [year, c, n, s, score, subName, "", k])
    );
};
const rows = fc.oneof(
  fc.array(fc.array(text, {maxLength: 10}), {maxLength: 12}),
  fc.array(fc.oneof(dataRow(), dataRow(text), fc.array(text, {maxLength: 10})), {maxLength: 12}).map((body) => [HEADER, ...body]),
  fc
    .tuple(fc.shuffledSubarray(HEADER), fc.array(fc.array(text, {maxLength: 10}), {maxLength: 12}))
    .map(([header, body]) => [header, ...body])
);

describe("parsePapiLong on arbitrary input", () => {
  it("never throws anything but its own located errors", () => {
    fc.assert(
      fc.property(rows, (r) => throwsOnlyDataErrors(() => parsePapiLong(r, CONTEXT))),
      {numRuns: 300}
    );
  });
});
