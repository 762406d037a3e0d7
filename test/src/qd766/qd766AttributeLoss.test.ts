import {describe, expect, test} from "vitest";
import {qd766AttributeLoss} from "../../../src/qd766/qd766AttributeLoss.ts";

describe("qd766AttributeLoss: where the points go", () => {
  test("shares the points lost in proportion to failing dossiers, largest first; both add up", () => {
    const shares = qd766AttributeLoss(2, [{key: "Hộ tịch", failing: 1}, {key: "Chứng thực", failing: 3}, {key: "Đất đai", failing: 0}]);
    expect(shares).toEqual([{key: "Chứng thực", failing: 3, pointsLost: 1.5}, {key: "Hộ tịch", failing: 1, pointsLost: 0.5}]);
    expect(shares.reduce((s, x) => s + x.pointsLost, 0)).toBe(2);
  });
  test("nothing failing: nothing to share", () => expect(qd766AttributeLoss(0, [{key: "a", failing: 0}])).toEqual([]));
  test("a count that is not a whole number ≥ 0 is refused", () => expect(() => qd766AttributeLoss(1, [{key: "a", failing: -1}])).toThrow(/whole number/));
});
