import {describe, expect, it} from "vitest";
import {profileComparison} from "../../../src/views/profileComparison.ts";

describe("profileComparison", () => {
  it("counts rows above, below and level, and names the largest gap each way", () => {
    const c = profileComparison([
      {indicator: "a", value: 7, compare: 6.5},
      {indicator: "b", value: 5, compare: 6},
      {indicator: "c", value: 6.361, compare: 6.359},
      {indicator: "d", value: 8, compare: 6},
      {indicator: "e", value: null, compare: 6}
    ]);
    expect(c).toEqual({compared: 4, higher: 2, lower: 1, same: 1, mostAbove: {indicator: "d", difference: 2}, mostBelow: {indicator: "b", difference: -1}});
  });
  it("has no gap to name when nothing is compared", () => {
    expect(profileComparison([{indicator: "a", value: null, compare: null}])).toEqual({compared: 0, higher: 0, lower: 0, same: 0, mostAbove: null, mostBelow: null});
  });
});
