import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseVietnameseDate} from "../../../src/format/parseVietnameseDate.ts";

const value = (raw: unknown): string | null | "error" => {
  const parsed = parseVietnameseDate(raw);
  return parsed.ok ? parsed.value : "error";
};

describe("parseVietnameseDate", () => {
  it("reads day-first dates with /, - or .", () => {
    expect(value("31/10/2024")).toBe("2024-10-31");
    expect(value("1/2/2024")).toBe("2024-02-01");
    expect(value("05-11-2024")).toBe("2024-11-05");
    expect(value("05.11.2024")).toBe("2024-11-05");
    expect(value(" 31/10/2024 ")).toBe("2024-10-31");
  });

  it("reads ISO dates", () => {
    expect(value("2024-10-31")).toBe("2024-10-31");
  });

  it("rejects dates that do not exist", () => {
    expect(value("31/02/2024")).toBe("error");
    expect(value("29/02/2023")).toBe("error");
    expect(value("29/02/2024")).toBe("2024-02-29");
    expect(value("2024-13-01")).toBe("error");
    expect(value("00/10/2024")).toBe("error");
  });

  it("reads JS Dates by their local calendar day", () => {
    expect(value(new Date(2024, 9, 31))).toBe("2024-10-31");
    expect(value(new Date(2024, 9, 31, 23, 59))).toBe("2024-10-31");
    expect(value(new Date(Number.NaN))).toBe("error");
  });

  it("reads Excel serial days", () => {
    expect(value(45596)).toBe("2024-10-31");
    expect(value(45596.75)).toBe("2024-10-31");
    expect(value(61)).toBe("1900-03-01");
    expect(value(5)).toBe("error");
  });

  it("reads blanks as missing", () => {
    for (const blank of [null, undefined, "", "  ", "-"]) expect(value(blank)).toBeNull();
  });

  it("rejects other values with a hint", () => {
    for (const bad of ["31/10/24", "10/2024", "2024/10/31", "31/10-2024", "ngày mai", true, {}]) {
      expect(parseVietnameseDate(bad)).toEqual({ok: false, expected: "a date such as 31/10/2024 or 2024-10-31"});
    }
  });

  it("never throws and always answers ok true or false", () => {
    const text = fc.string({unit: fc.constantFrom(..."0123456789/-. ")});
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.date(), fc.double(), fc.string({unit: "grapheme"}), text), (raw) => {
        const parsed = parseVietnameseDate(raw);
        if (parsed.ok) expect(parsed.value === null || /^\d{4}-\d{2}-\d{2}$/.test(parsed.value)).toBe(true);
        else expect(parsed.expected).toMatch(/\S/);
      }),
      {numRuns: 500}
    );
  });
});
