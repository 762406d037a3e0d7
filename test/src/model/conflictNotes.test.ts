import {expect, test} from "vitest";
import {conflictNotes} from "../../../src/model/conflictNotes.ts";

const conflict = (indicator: string, kept: number, dropped: number, file = "PCI 2007.xlsx") => ({
  unitId: "42",
  indicator,
  period: "2007",
  kept: {file: "ha-tinh-profile-pcivietnam.csv", value: kept},
  dropped: {file, value: dropped}
});

test("conflictNotes: both values and their files, per cell, in Vietnamese or English", () => {
  const notes = conflictNotes([conflict("pci_rank", 56, 57), conflict("pci_rank", 56, 55, "pci_2005_2019.csv"), conflict("pci_total", 52.4, 52.5)], (v, indicator) => (indicator === "pci_rank" ? String(v) : v!.toFixed(2)));
  expect(notes.get("42|pci_rank|2007")).toBe("Nguồn khác: 57 (PCI 2007.xlsx); 55 (pci_2005_2019.csv); giữ 56 (ha-tinh-profile-pcivietnam.csv)");
  expect(conflictNotes([conflict("pci_rank", 56, 57)], (v) => String(v), "en").get("42|pci_rank|2007")).toBe("Other source: 57 (PCI 2007.xlsx); kept 56 (ha-tinh-profile-pcivietnam.csv)");
  expect(notes.has("42|pci_land|2007")).toBe(false);
});
