import {describe, expect, test} from "vitest";
import {budgetVerdict, formatAmount, median} from "../../../scripts/bench/budget.ts";

describe("bench:web figures", () => {
  test("median of odd and even counts, NaN for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test("a missed budget says by how much; a met one says met; an unmeasured one never passes", () => {
    expect(budgetVerdict(800, 1000, "ms")).toBe("target ≤ 1000 ms: met");
    expect(budgetVerdict(1240, 1000, "ms")).toBe("target ≤ 1000 ms: MISSED by 240 ms (24%)");
    expect(budgetVerdict(600_000, 500_000, "bytes")).toBe("target ≤ 500.0 kB: MISSED by 100.0 kB (20%)");
    expect(budgetVerdict(Number.NaN, 100, "ms")).toBe("target ≤ 100 ms: not measured");
  });

  test("amounts: whole milliseconds, kB as 1000 bytes, MB above a million", () => {
    expect(formatAmount(99.6, "ms")).toBe("100 ms");
    expect(formatAmount(254_300, "bytes")).toBe("254.3 kB");
    expect(formatAmount(35_659_694, "bytes")).toBe("35.66 MB");
  });
});
