import {describe, expect, it} from "vitest";
import {tidyRows} from "../../../loaders/sources/tidyRows.ts";

describe("tidyRows", () => {
  it("finds columns by their folded header, skips blank rows, and names a problem's column as written", () => {
    const {rows, problems} = tidyRows("f.csv", [["Năm", "Đơn vị"], ["2024", " Xã A "], ["", ""], ["24", "Xã B"]], {unit: "don vi", year: "nam"});
    expect(rows.map((r) => [r.row, r.get("unit"), r.get("year")])).toEqual([[2, "Xã A", "2024"], [4, "Xã B", "24"]]);
    rows[1]!.problem("year", "a year such as 2024");
    expect(problems.map((p) => [p.location.row, p.location.column, p.message])).toEqual([[4, "A (Năm)", expect.stringContaining('value "24" — expected a year such as 2024')]]);
  });

  it("names every missing column and the headers found", () => {
    expect(() => tidyRows("f.csv", [["Năm"]], {unit: "don vi", year: "nam", value: "gia tri"})).toThrow(/the columns "don vi", "gia tri" in the header \(found: nam\)/);
  });
});
