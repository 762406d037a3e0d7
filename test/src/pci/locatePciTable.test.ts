import {expect, test} from "vitest";
import {locatePciTable} from "../../../src/pci/locatePciTable.ts";

test("locatePciTable: a headed column of numbers matching no indicator is listed as unmatched, not read", () => {
  const table = locatePciTable([
    ["Tỉnh", "Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Sub-Index 11: Innovation", "Ghi chú"],
    ["Hà Tĩnh", 7.2, 5.9, 5.6, 5.5, "x"],
    ["Đà Nẵng", 8.1, 6.2, 6.9, 5.1, ""]
  ]);
  expect(table?.columns.map((c) => c.indicator)).toEqual(["pci_entry", "pci_land", "pci_transparency"]);
  expect(table?.unmatched).toEqual([{column: "E (Sub-Index 11: Innovation)"}]);
});
