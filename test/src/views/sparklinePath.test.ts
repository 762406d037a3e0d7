import {describe, expect, it} from "vitest";
import {sparklinePath} from "../../../src/views/sparklinePath.ts";

describe("sparklinePath", () => {
  it("breaks the line at a missing value instead of drawing it as zero", () => {
    const path = sparklinePath([0, 0.5, null, 1, 1], 100, 20, [0, 1]);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toBe("M2.0,18.0L26.0,10.0M74.0,2.0L98.0,2.0");
  });

  it("keeps a value alone between gaps visible, and is empty when every value is missing", () => {
    expect(sparklinePath([null, 0.5, null], 100, 20, [0, 1])).toBe("M50.0,10.0h0.1");
    expect(sparklinePath([null, null], 100, 20)).toBe("");
  });
});
