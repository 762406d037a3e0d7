import {describe, expect, it} from "vitest";
import {pciPublication} from "../../../src/views/pciPublication.ts";

const obs = [
  {unitId: "42", indicator: "pci_total", period: "2022", value: 67.18},
  {unitId: "42", indicator: "pci_rank", period: "2022", value: 18},
  {unitId: "42", indicator: "pci_land", period: "2023", value: 6.6},
  {unitId: "42", indicator: "pci_total", period: "2023", value: null},
  {unitId: "40", indicator: "pci_total", period: "2024", value: 70}
];
const marks = [
  {unitId: "42", indicator: "pci_rank", period: "2023"},
  {unitId: "42", indicator: "pci_total", period: "2023"},
  {unitId: "40", indicator: "pci_rank", period: "2019"}
];

describe("pciPublication", () => {
  it("gives the province's latest year with any figure, its last total and what was not published, the total first", () => {
    expect(pciPublication(obs, marks, {unitId: "42"})).toEqual({
      latestYear: "2023",
      lastTotalYear: "2022",
      notPublishedInLatest: ["pci_total", "pci_rank"],
      notPublishedYears: ["2023"]
    });
  });
  it("says nothing is missing when the latest year is whole", () => {
    const p = pciPublication(obs, marks, {unitId: "40"});
    expect(p.latestYear).toBe("2024");
    expect(p.lastTotalYear).toBe("2024");
    expect(p.notPublishedInLatest).toEqual([]);
    expect(p.notPublishedYears).toEqual(["2019"]);
  });
  it("has no year without data", () => {
    expect(pciPublication([], [], {unitId: "42"}).latestYear).toBeNull();
  });
});
