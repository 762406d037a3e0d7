import {describe, expect, it} from "vitest";
import {yearTicks} from "../../../src/explore/yearTicks.ts";

describe("yearTicks", () => {
  it("gives one tick a year between two yearly periods, none for the months between", () => {
    expect(yearTicks([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)])).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
  });

  it("thins a long run of years to at most maxTicks", () => {
    const xs = Array.from({length: 20}, (_, i) => Date.UTC(2005 + i, 0, 1));
    expect(yearTicks(xs, 10)).toEqual(Array.from({length: 10}, (_, i) => Date.UTC(2005 + 2 * i, 0, 1)));
  });

  it("leaves months and dates to the automatic ticks", () => {
    expect(yearTicks([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)])).toBeNull();
    expect(yearTicks([])).toBeNull();
  });
});
