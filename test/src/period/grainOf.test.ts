import {describe, expect, it} from "vitest";
import {grainOf} from "../../../src/period/grainOf.ts";

describe("grainOf", () => {
  it("reads the grain from a period id", () => {
    expect(["2024-10", "2024-Q3", "2024-H2", "2024"].map(grainOf)).toEqual(["month", "quarter", "half", "year"]);
  });

  it("gives null for anything that is not a period id", () => {
    expect(["2024-13", "2024-Q5", "24", "", "2024-10-01"].map(grainOf)).toEqual([null, null, null, null, null]);
  });
});
