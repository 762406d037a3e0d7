import {describe, expect, it} from "vitest";
import {DataError} from "../../../src/errors/dataError.ts";

describe("DataError", () => {
  it("names file, sheet, row, column, value and what was expected", () => {
    const error = new DataError({
      file: "bao-cao-tthc-2024-10.xlsx",
      sheet: "BaoCao",
      row: 9,
      column: "D (Số hồ sơ tiếp nhận / Trực tuyến)",
      value: "nhiều",
      expected: "a count of dossiers"
    });
    expect(error.message).toContain('bao-cao-tthc-2024-10.xlsx, sheet "BaoCao", row 9, column D (Số hồ sơ tiếp nhận / Trực tuyến)');
    expect(error.message).toContain('value "nhiều"');
    expect(error.message).toContain("expected a count of dossiers");
  });

  it("is an Error named DataError that keeps its location for callers", () => {
    const location = {file: "units.csv", row: 3, column: "id", value: "x", expected: "a unit id"};
    const error = new DataError(location);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DataError");
    expect(error.location).toEqual(location);
  });

  it("shows an invalid date cell as such instead of failing to build the message", () => {
    expect(new DataError({file: "a.xlsx", row: 2, value: new Date(Number.NaN), expected: "a score"}).message).toBe('a.xlsx, row 2: value "Invalid Date" — expected a score');
    expect(new DataError({file: "a.xlsx", value: new Date("2024-10-01T00:00:00Z"), expected: "a score"}).message).toContain('value "2024-10-01T00:00:00.000Z"');
  });

  it("leaves out the parts that are not known", () => {
    const message = new DataError({file: "a.csv", expected: "a header row"}).message;
    expect(message).toMatch(/^a\.csv: .*expected a header row$/);
    expect(message).not.toMatch(/sheet|row \d|column|value/);
    expect(new DataError({file: "a.csv", row: 2, expected: "x"}).message).toMatch(/^a\.csv, row 2: .*expected x$/);
  });

  it("cuts long values so the message stays readable", () => {
    const long = "Xã Thạch Kim ".repeat(20);
    const message = new DataError({file: "a.csv", value: long, expected: "a unit name"}).message;
    expect(message).not.toContain(long);
    expect(message).toContain(`value ${JSON.stringify(`${long.slice(0, 77)}...`)}`);
  });

  it("keeps a value of 80 characters whole", () => {
    const value = "x".repeat(80);
    expect(new DataError({file: "a.csv", value, expected: "y"}).message).toContain(`"${value}"`);
  });

  it('says "(blank)" for an empty or null value', () => {
    expect(new DataError({file: "a.csv", row: 4, value: "", expected: "a count"}).message).toContain("a.csv, row 4: value (blank)");
    expect(new DataError({file: "a.csv", row: 4, value: null, expected: "a count"}).message).toContain("value (blank)");
  });

  it("shows 0 and other numbers as values, not as blank", () => {
    expect(new DataError({file: "a.csv", value: 0, expected: "more than 0"}).message).toContain('value "0"');
    expect(new DataError({file: "a.csv", value: -3, expected: "0 or more"}).message).toContain('value "-3"');
  });

  it("shows dates as ISO text", () => {
    const message = new DataError({file: "a.xlsx", value: new Date("2024-10-05T00:00:00Z"), expected: "a count"}).message;
    expect(message).toContain('value "2024-10-05T00:00:00.000Z"');
  });
});
