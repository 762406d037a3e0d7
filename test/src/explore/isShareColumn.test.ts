import {expect, test} from "vitest";
import {isShareColumn} from "../../../src/explore/isShareColumn.ts";

test("a share is named as one (with or without diacritics) and lies within 0..1", () => {
  expect(isShareColumn("Tỷ lệ trực tuyến", [{"Tỷ lệ trực tuyến": 0.5}, {"Tỷ lệ trực tuyến": null}])).toBe(true);
  expect(isShareColumn("ty le dung han", [{"ty le dung han": 1}])).toBe(true);
  expect(isShareColumn("online_share", [{online_share: 0}])).toBe(true);
  expect(isShareColumn("Tỷ lệ", [{"Tỷ lệ": 54.5}])).toBe(false);
  expect(isShareColumn("Điểm", [{"Điểm": 0.5}])).toBe(false);
});
