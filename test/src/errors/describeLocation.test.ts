import {expect, test} from "vitest";
import {describeLocation} from "../../../src/errors/describeLocation.ts";

test("describeLocation: every known part, the unit beside the row", () => {
  expect(describeLocation({file: "ddci.xlsx", sheet: "KQ", row: 16, unit: "Sở Tài chính", column: "L (Tính năng động)"})).toBe(
    'ddci.xlsx, sheet "KQ", row 16 (Sở Tài chính), column L (Tính năng động)'
  );
  expect(describeLocation({file: "a.csv", unit: "Sở Tài chính"})).toBe("a.csv");
  expect(describeLocation({file: "a.csv", row: 2, unit: ""})).toBe("a.csv, row 2");
});
