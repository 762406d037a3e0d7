import {expect, test} from "vitest";
import {classifyYesNo} from "../../../src/qd766/classifyYesNo.ts";

test("yes/no cells with or without diacritics; blank is không; anything else is unknown", () => {
  expect(["Có", "co", "x", "Đã số hóa"].map(classifyYesNo)).toEqual([true, true, true, true]);
  expect(["Không", "", null, "Chưa"].map(classifyYesNo)).toEqual([false, false, false, false]);
  expect(classifyYesNo("có lẽ")).toBeUndefined();
});
