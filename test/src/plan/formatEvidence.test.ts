import {describe, expect, test} from "vitest";
import {formatEvidence} from "../../../src/plan/formatEvidence.ts";

const ev = (done: number, due: number) => ({done, due, expectedByNow: due});

describe("formatEvidence", () => {
  test("says what is counted: radio issues, months, windows, years", () => {
    expect(formatEvidence({evidence: ev(37, 48), of: "activities", perCommune: false})).toBe("37/48 lượt");
    expect(formatEvidence({evidence: ev(10, 12), of: "month", perCommune: false})).toBe("10/12 tháng");
    expect(formatEvidence({evidence: ev(0, 1), of: "window", perCommune: false})).toBe("0/1 đợt");
    expect(formatEvidence({evidence: ev(1, 1), of: "year", perCommune: false}, "en")).toBe("1/1 year");
    expect(formatEvidence({evidence: ev(9, 12), of: "month", perCommune: false}, "en")).toBe("9/12 months");
  });

  test("a duty owed by every commune counts commune-periods", () => {
    expect(formatEvidence({evidence: ev(46, 48), of: "quarter", perCommune: true})).toBe("46/48 xã·quý");
    expect(formatEvidence({evidence: ev(142, 144), of: "month", perCommune: true}, "en")).toBe("142/144 commune-months");
  });

  test("large counts use the language's thousands separator", () => {
    expect(formatEvidence({evidence: ev(1234, 2000), of: "activities", perCommune: false})).toBe("1.234/2.000 lượt");
    expect(formatEvidence({evidence: ev(1234, 2000), of: "activities", perCommune: false}, "en")).toBe("1,234/2,000 items");
  });
});
