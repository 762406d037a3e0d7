import {describe, expect, it} from "vitest";
import {tidyHeaders} from "../../../loaders/sources/tidyHeaders.ts";

describe("tidyHeaders", () => {
  const {detect, headers} = tidyHeaders({unit: "don vi", year: "nam", value: "gia tri"}, ["don vi", "gia tri"]);

  it("detects a file by its key columns only, with or without diacritics", () => {
    expect(detect([["ĐƠN VỊ", "Giá trị"]])).toBe(true);
    expect(detect([["Đơn vị", "Năm"]])).toBe(false);
  });

  it("lists every column as required, for the nearest-kind message", () => {
    expect(headers?.map((h) => [h.label, h.required, h.matches("Giá trị", "")])).toEqual([["don vi", true, false], ["nam", true, false], ["gia tri", true, true]]);
  });
});
