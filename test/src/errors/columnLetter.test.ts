import {describe, expect, it} from "vitest";
import {columnLetter} from "../../../src/errors/columnLetter.ts";

describe("columnLetter", () => {
  it("names the first 26 columns with one letter", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(4)).toBe("E");
    expect(columnLetter(25)).toBe("Z");
  });

  it("continues with two letters after Z, as a spreadsheet does", () => {
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(columnLetter(702)).toBe("AAA");
  });
});
