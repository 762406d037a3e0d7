import {expect, test} from "vitest";
import {qd766Ladder} from "../../../src/qd766/qd766Ladder.ts";

test("the ladder gives each rung's gap to the commune; a missing rung has no gap", () => {
  expect(qd766Ladder({commune: 70, best_area: 82.5, best_province: null, threshold: 100})).toEqual([
    {id: "commune", value: 70, gap: 0},
    {id: "best_area", value: 82.5, gap: 12.5},
    {id: "best_province", value: null, gap: null},
    {id: "threshold", value: 100, gap: 30}
  ]);
  expect(qd766Ladder({commune: null, best_area: 1, best_province: 1, threshold: 1}).every((r) => r.gap === null)).toBe(true);
});
