import {describe, expect, test} from "vitest";
import {formatDate} from "../../../src/format/formatDate.ts";

describe("formatDate", () => {
  test("writes day/month/year the Vietnamese way, without leading zeros, and '30 Sep 2024' in English", () => {
    expect(formatDate("2024-09-30")).toBe("30/9/2024");
    expect(formatDate("2024-01-05")).toBe("5/1/2024");
    expect(formatDate("2024-12-31", "en")).toBe("31 Dec 2024");
  });

  test("refuses what is not an ISO date rather than printing a wrong day", () => {
    for (const bad of ["2024-9-30", "30/09/2024", "2024-13-01", "2024-00-10", "", "2024-09-30T00:00"]) {
      expect(() => formatDate(bad), bad).toThrow(/Malformed date/);
    }
  });
});
