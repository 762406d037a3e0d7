import {describe, expect, it} from "vitest";
import {splitByData} from "../../../src/model/splitByData.ts";

describe("splitByData", () => {
  it("separates the units with a value from those without, keeping the order given", () => {
    const observations = [{unitId: "42", value: 67.18}, {unitId: "44", value: null}];
    expect(splitByData(["40", "42", "44", "38"], observations)).toEqual({withData: ["42"], withoutData: ["40", "44", "38"]});
  });
});
