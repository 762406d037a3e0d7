import {expect, test} from "vitest";
import {dataWarning} from "../../../src/errors/dataWarning.ts";

test("dataWarning: the place and the note", () => {
  expect(dataWarning({file: "PCI 2009.xlsx", sheet: "S", row: 1, column: "M (Foo)"}, "not read")).toEqual({
    message: 'PCI 2009.xlsx, sheet "S", row 1, column M (Foo): not read',
    location: {file: "PCI 2009.xlsx", sheet: "S", row: 1, column: "M (Foo)"}
  });
});
