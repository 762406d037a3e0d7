import {expect, test} from "vitest";
import {monthOfCell} from "../../../src/period/monthOfCell.ts";

test("monthOfCell: a month column's cells as units write them", () => {
  expect(["10/2024", "T10/2024", "Tháng 10/2024", "2024-10"].map((c) => monthOfCell(c))).toEqual(["2024-10", "2024-10", "2024-10", "2024-10"]);
  expect(monthOfCell(new Date(2024, 9, 1))).toBe("2024-10");
  expect(monthOfCell(45566)).toBe("2024-10"); // an Excel date serial, 2024-10-01
  expect(monthOfCell(10, "2024")).toBe("2024-10");
  expect(monthOfCell("10")).toBeNull();
  expect(monthOfCell("13/2024")).toBeNull();
});
