import {describe, expect, it} from "vitest";
import {areaProvince} from "../../../src/views/areaProvince.ts";

const units = [
  {id: "42", name: "Tỉnh Hà Tĩnh", type: "Tỉnh", parentId: null},
  {id: "448", name: "Huyện Lộc Hà", type: "Huyện", parentId: "42"},
  {id: "999", name: "Huyện Lạc", type: "Huyện", parentId: "77"}
];

describe("areaProvince", () => {
  it("gives the area district's province, with its name for sentences", () => {
    expect(areaProvince(units, "448")).toEqual({id: "42", name: "Tỉnh Hà Tĩnh", shortName: "Hà Tĩnh"});
  });
  it("is null when the district or its province is unknown", () => {
    expect(areaProvince(units, "1")).toBeNull();
    expect(areaProvince(units, "999")).toBeNull();
  });
});
