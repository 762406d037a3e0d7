import {describe, expect, it} from "vitest";
import {fitDomain} from "../../../src/views/fitDomain.ts";

describe("fitDomain", () => {
  it("fits the values, rounded out to the step, instead of the whole scale", () => {
    expect(fitDomain([41.62, 67.18, null], {step: 10, min: 0, max: 100})).toEqual([40, 70]);
  });
  it("stays within the index's scale", () => {
    expect(fitDomain([0.4, 9.8], {step: 2, min: 0, max: 10})).toEqual([0, 10]);
  });
  it("widens a single value by a step each side, and gives the scale without values", () => {
    expect(fitDomain([5], {step: 1, min: 0, max: 10})).toEqual([4, 6]);
    expect(fitDomain([null], {step: 1, min: 0, max: 10})).toEqual([0, 10]);
  });
});
