import {expect, test} from "vitest";
import {periodFromFileName} from "../../../src/period/periodFromFileName.ts";

test("periodFromFileName: months and years as analysts name files", () => {
  const id = (name: string): string | null => periodFromFileName(name)?.id ?? null;
  expect(id("bao-cao-thang-10-2024.xlsx")).toBe("2024-10");
  expect(id("BC_T3_2021.xls")).toBe("2021-03");
  expect(id("data/raw/tthc/tthc-2024-10.csv")).toBe("2024-10");
  expect(id("DDCI_2023.xlsx")).toBe("2023");
  expect(periodFromFileName("DDCI_2023.xlsx")?.grain).toBe("year");
  // a date is not a month; two years are no year
  expect(id("gui-ngay-2024-11-05.xlsx")).toBe("2024");
  expect(id("pci_2005_2019.csv")).toBeNull();
  expect(id("bc-t3.csv")).toBeNull();
});
