import {describe, expect, it} from "vitest";
import {pciDefaultProvinces} from "../../../src/views/pciDefaultProvinces.ts";

const obs = [
  {unitId: "42", period: "2023", value: 6.1},
  {unitId: "40", period: "2022", value: 65},
  {unitId: "44", period: "2023", value: 5.2},
  {unitId: "38", period: "2023", value: null},
  {unitId: "01", period: "2023", value: 7}
];

describe("pciDefaultProvinces", () => {
  it("picks the focus province first, then only provinces with a value in the latest year", () => {
    expect(pciDefaultProvinces(obs, {provinceIds: ["01", "38", "40", "42", "44"], focusId: "42"})).toEqual(["42", "01", "44"]);
  });
  it("never picks a province whose latest-year value is missing, even the focus one", () => {
    expect(pciDefaultProvinces(obs.filter((o) => o.unitId !== "42"), {provinceIds: ["38", "40", "42", "44"], focusId: "42"})).toEqual(["44"]);
  });
  it("stops at max", () => {
    expect(pciDefaultProvinces(obs, {provinceIds: ["01", "42", "44"], focusId: "42", max: 2})).toEqual(["42", "01"]);
  });
  it("is empty without data", () => {
    expect(pciDefaultProvinces([], {provinceIds: ["42"], focusId: "42"})).toEqual([]);
  });
});
