import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parsePeriodLabel} from "../../../src/period/parsePeriodLabel.ts";

const id = (label: string): string | null => parsePeriodLabel(label)?.id ?? null;

describe("parsePeriodLabel", () => {
  it("reads months", () => {
    for (const label of ["Tháng 10/2024", "T10/2024", "tháng 10 năm 2024", "Tháng 10-2024", "10/2024", "THÁNG 10/2024", "thang 10/2024"]) {
      expect(parsePeriodLabel(label), label).toEqual({grain: "month", id: "2024-10", start: "2024-10", end: "2024-10"});
    }
    expect(id("Tháng 1/2025")).toBe("2025-01");
  });

  it("reads quarters in Roman or Arabic numerals", () => {
    for (const label of ["Quý III/2024", "Quý 3/2024", "Quý 3 năm 2024", "Q3/2024", "QUÝ III NĂM 2024"]) {
      expect(parsePeriodLabel(label), label).toEqual({grain: "quarter", id: "2024-Q3", start: "2024-07", end: "2024-09"});
    }
    expect(id("Quý I/2024")).toBe("2024-Q1");
    expect(id("Quý IV/2024")).toBe("2024-Q4");
  });

  it("reads halves and years", () => {
    expect(parsePeriodLabel("6 tháng đầu năm 2024")).toEqual({grain: "half", id: "2024-H1", start: "2024-01", end: "2024-06"});
    expect(parsePeriodLabel("6 tháng cuối năm 2024")).toEqual({grain: "half", id: "2024-H2", start: "2024-07", end: "2024-12"});
    expect(parsePeriodLabel("Năm 2024")).toEqual({grain: "year", id: "2024", start: "2024-01", end: "2024-12"});
  });

  it("finds the label inside a longer line", () => {
    expect(id("BÁO CÁO Kết quả thực hiện CCHC Tháng 10/2024 (số liệu đến 31/10)")).toBe("2024-10");
    expect(id("Báo cáo công tác cải cách hành chính quý III năm 2024")).toBe("2024-Q3");
    expect(id("Báo cáo CCHC 6 tháng đầu năm 2024 và phương hướng 6 tháng cuối năm 2024")).toBe("2024-H1");
  });

  it("returns null for a line without a period", () => {
    expect(parsePeriodLabel("UBND xã Thạch Kim")).toBeNull();
    expect(parsePeriodLabel("Quy định về thủ tục hành chính")).toBeNull();
    expect(parsePeriodLabel("")).toBeNull();
  });

  it("does not read dates or document numbers as periods", () => {
    expect(parsePeriodLabel("Lộc Hà, ngày 05 tháng 11 năm 2024")).toBeNull();
    expect(parsePeriodLabel("Số liệu đến ngày 31/10/2024")).toBeNull();
    expect(parsePeriodLabel("Số: 12/2024/QĐ-UBND")).toBeNull();
  });

  it("returns null for an impossible month or quarter", () => {
    expect(parsePeriodLabel("Tháng 13/2024")).toBeNull();
    expect(parsePeriodLabel("Tháng 0/2024")).toBeNull();
    expect(parsePeriodLabel("Quý V/2024")).toBeNull();
    expect(parsePeriodLabel("Quý 5/2024")).toBeNull();
  });

  it("never throws", () => {
    const words = fc.constantFrom("Tháng", "T", "Quý", "Q", "III", "IV", "V", "năm", "6 tháng", "đầu", "cuối", "10", "13", "/", "-", "2024", " ");
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: "grapheme"}), fc.array(words).map((parts) => parts.join(""))), (label) => {
        const period = parsePeriodLabel(label);
        if (period !== null) expect(period.start <= period.end).toBe(true);
      }),
      {numRuns: 500}
    );
  });
});
