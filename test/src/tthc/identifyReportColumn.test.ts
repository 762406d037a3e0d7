import {describe, expect, it} from "vitest";
import {identifyReportColumn} from "../../../src/tthc/identifyReportColumn.ts";

// The report's real two-row header (src/tthc/reportLayout.ts), written out so that a change of
// the layout constant cannot silently change what this test checks.
const REAL_HEADERS = [
  ["STT", "", "index"],
  ["Đơn vị", "", "unit"],
  ["Số hồ sơ tiếp nhận", "Tổng số", "receivedTotal"],
  ["Số hồ sơ tiếp nhận", "Trực tuyến", "receivedOnline"],
  ["Số hồ sơ tiếp nhận", "Trong đó: toàn trình", "receivedFullyOnline"],
  ["Số hồ sơ tiếp nhận", "Trực tiếp", "receivedInPerson"],
  ["Số hồ sơ tiếp nhận", "Qua dịch vụ BCCI", "receivedPostal"],
  ["Số hồ sơ đã giải quyết", "Đúng hạn", "resolvedOnTime"],
  ["Số hồ sơ đã giải quyết", "Quá hạn", "resolvedLate"],
  ["Trả kết quả qua dịch vụ BCCI", "", "returnedPostal"],
  ["Thanh toán trực tuyến", "", "paidOnline"]
] as const;

const WITHOUT_DIACRITICS = [
  ["STT", "", "index"],
  ["Don vi", "", "unit"],
  ["So ho so tiep nhan", "Tong so", "receivedTotal"],
  ["So ho so tiep nhan", "Truc tuyen", "receivedOnline"],
  ["So ho so tiep nhan", "Trong do: toan trinh", "receivedFullyOnline"],
  ["So ho so tiep nhan", "Truc tiep", "receivedInPerson"],
  ["So ho so tiep nhan", "Qua dich vu BCCI", "receivedPostal"],
  ["So ho so da giai quyet", "Dung han", "resolvedOnTime"],
  ["So ho so da giai quyet", "Qua han", "resolvedLate"],
  ["Tra ket qua qua dich vu BCCI", "", "returnedPostal"],
  ["Thanh toan truc tuyen", "", "paidOnline"]
] as const;

describe("identifyReportColumn", () => {
  it.each(REAL_HEADERS)("reads the real header %s / %s as %s", (group, sub, key) => {
    expect(identifyReportColumn(group, sub)).toBe(key);
  });

  it.each(WITHOUT_DIACRITICS)("reads %s / %s without diacritics as %s", (group, sub, key) => {
    expect(identifyReportColumn(group, sub)).toBe(key);
  });

  it("reads decomposed (NFD) and upper-case headers alike", () => {
    for (const [group, sub, key] of REAL_HEADERS) {
      expect(identifyReportColumn(group.normalize("NFD"), sub.normalize("NFD"))).toBe(key);
      expect(identifyReportColumn(group.toUpperCase(), sub.toUpperCase())).toBe(key);
    }
  });

  it("reads the way senders vary the wording", () => {
    expect(identifyReportColumn("Số hồ sơ tiếp nhận", "Tiếp nhận qua BCCI")).toBe("receivedPostal");
    expect(identifyReportColumn("Số hồ sơ tiếp nhận", "Qua bưu điện")).toBe("receivedPostal");
    expect(identifyReportColumn("Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến")).toBe("receivedOnline");
    expect(identifyReportColumn("Số hồ sơ tiếp nhận", "Trực tuyến toàn trình")).toBe("receivedFullyOnline");
    expect(identifyReportColumn("Trả kết quả qua bưu chính công ích", "")).toBe("returnedPostal");
    expect(identifyReportColumn("Số hồ sơ đã giải quyết", "Trả kết quả qua bưu chính công ích")).toBe("returnedPostal");
    expect(identifyReportColumn("Số hồ sơ đã giải quyết", "Giải quyết trước hạn/đúng hạn")).toBe("resolvedOnTime");
    expect(identifyReportColumn("Số hồ sơ đã giải quyết", "Trước hạn, đúng hạn")).toBe("resolvedOnTime");
    expect(identifyReportColumn("Kết quả giải quyết", "Trễ hạn")).toBe("resolvedLate");
    expect(identifyReportColumn("Số hồ sơ đã giải quyết", "Trễ hạn")).toBe("resolvedLate");
    expect(identifyReportColumn("Tên xã, thị trấn", "")).toBe("unit");
    expect(identifyReportColumn("Cơ quan, đơn vị", "")).toBe("unit");
    expect(identifyReportColumn("Số hồ sơ thanh toán phí, lệ phí trực tuyến", "")).toBe("paidOnline");
  });

  it("does not take a resolved total or an unrelated column for a count it needs", () => {
    expect(identifyReportColumn("Ghi chú", "")).toBeNull();
    expect(identifyReportColumn("Số hồ sơ đã giải quyết", "Tổng số")).toBeNull();
    expect(identifyReportColumn("", "")).toBeNull();
  });
});

describe("identifyReportColumn: abbreviations and English", () => {
  it("reads HS, TN, TT, DVCTT, BCCI and English headers", () => {
    expect(identifyReportColumn("Số HS TN", "Tổng số")).toBe("receivedTotal");
    expect(identifyReportColumn("Số HS TN", "DVCTT")).toBe("receivedOnline");
    expect(identifyReportColumn("Số HS TN", "TT")).toBe("receivedOnline");
    expect(identifyReportColumn("Dossiers received", "Fully online")).toBe("receivedFullyOnline");
    expect(identifyReportColumn("Dossiers received", "In person")).toBe("receivedInPerson");
    expect(identifyReportColumn("Dossiers resolved", "Late")).toBe("resolvedLate");
    expect(identifyReportColumn("Online payment", "")).toBe("paidOnline");
    expect(identifyReportColumn("TT", "")).toBe("index");
  });
});
