import {csvParseRows} from "d3-dsv";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {toSafeCsv} from "../../../src/csv/toSafeCsv.ts";

const BOM = "\uFEFF";

describe("toSafeCsv", () => {
  it("writes a header and one CRLF-terminated line per row", () => {
    const rows = [
      {unitId: "18580", name: "Xã Thạch Kim", value: 0.523},
      {unitId: "18583", name: "Xã Hộ Độ", value: null}
    ];
    expect(toSafeCsv(rows, {columns: ["unitId", {header: "Đơn vị", key: "name"}, {header: "Tỷ lệ", value: (d) => d.value}]})).toBe(
      "unitId,Đơn vị,Tỷ lệ\r\n18580,Xã Thạch Kim,0.523\r\n18583,Xã Hộ Độ,\r\n"
    );
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(toSafeCsv([["a,b", 'say "hi"', "two\r\nlines", "plain"]])).toBe('"a,b","say ""hi""","two\r\nlines",plain\r\n');
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    const csv = toSafeCsv([["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b"]]);
    expect(csvParseRows(csv)[0]).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b"]);
  });

  it("neutralises headers too", () => {
    expect(toSafeCsv([{a: 1}], {columns: [{header: "=cmd", key: "a"}]})).toBe("'=cmd\r\n1\r\n");
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(toSafeCsv([[-1.5, 0, 1234567, -0.001]])).toBe("-1.5,0,1234567,-0.001\r\n");
  });

  it("writes missing values as empty cells, never 0", () => {
    expect(toSafeCsv([[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, ""]])).toBe(",,,,\r\n");
  });

  it("writes dates as ISO text and booleans as words", () => {
    expect(toSafeCsv([[new Date(Date.UTC(2024, 9, 1)), true, false]])).toBe("2024-10-01T00:00:00.000Z,true,false\r\n");
  });

  it("adds a byte order mark for Excel only when asked", () => {
    expect(toSafeCsv([["Hộ Độ"]], {bom: true})).toBe(`${BOM}Hộ Độ\r\n`);
    expect(toSafeCsv([["Hộ Độ"]]).startsWith(BOM)).toBe(false);
  });

  it("takes every property of object rows when no columns are given", () => {
    expect(toSafeCsv([{a: 1}, {b: "x", a: 2}])).toBe("a,b\r\n1,\r\n2,x\r\n");
  });

  it("writes nothing but the header for no rows", () => {
    expect(toSafeCsv([], {columns: ["a", "b"]})).toBe("a,b\r\n");
    expect(toSafeCsv([])).toBe("");
  });

  it("parses back to the neutralised cells", () => {
    const text = fc.oneof(
      fc.string({unit: "grapheme"}),
      fc.string({unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", " ", "a", "đ", "Ộ")}),
      fc.constantFrom("=1+1", "-5", "+84 912", "@x", "\tx", "\rx", "x\r\ny", "say \"hi\"", "Hộ Độ", "")
    );
    const cell = fc.oneof(text, fc.double({noNaN: false}), fc.integer({min: -1e9, max: 1e9}), fc.constant(null));
    const expected = (value: unknown): string => {
      if (value === null) return "";
      if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
      const s = String(value);
      return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    };
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 5}).chain((width) => fc.array(fc.array(cell, {minLength: width, maxLength: width}), {maxLength: 8})),
        fc.boolean(),
        (rows, bom) => {
          const csv = toSafeCsv(rows, {bom});
          if (bom) expect(csv.startsWith(BOM)).toBe(true);
          const parsed = csvParseRows(bom ? csv.slice(1) : csv);
          expect(parsed).toEqual(rows.map((row) => row.map(expected)));
          // Every text cell that a spreadsheet would evaluate is neutralised.
          for (const row of parsed) for (const c of row) expect(/^[=+@\t\r]/.test(c)).toBe(false);
        }
      ),
      {numRuns: 300}
    );
  });
});
