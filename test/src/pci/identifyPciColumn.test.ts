import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {identifyPciColumn} from "../../../src/pci/identifyPciColumn.ts";

const indicator = (...cells: string[]) => {
  const kind = identifyPciColumn(cells);
  return kind?.kind === "indicator" ? kind.indicator : (kind?.kind ?? null);
};

describe("identifyPciColumn", () => {
  // Headers exactly as VCCI's workbooks write them (2006 English over Vietnamese, 2008 two rows,
  // 2012/2014 Vietnamese with line breaks, 2013 English).
  test.each([
    [["Entry Soft Indices (w/new and old indicators)", "Chi phí gia nhập thị trường"], "pci_entry"],
    [["Land Use Right Sub-Index  (w/% of firms leasing from SOEs)", "Tiếp cận đất đai và sự ổn định trong sử dụng đất"], "pci_land"],
    [["Transparency Sub-Index (As PCI 2005)", "Tính minh bạch và tiếp cận thông tin"], "pci_transparency"],
    [["Regulatory Compliance and Inspections Sub-Index", "Chi phí về thời gian để thực hiện các quy định của Nhà nước"], "pci_time"],
    [["SOE Bias Sub-Index (including liabilities)", "Ưu đãi đối với DNNN (Môi trường cạnh tranh)"], "pci_bias"],
    [[" Private Sector Development Services   ", "Chính sách phát triển khu vực kinh tế tư nhân"], "pci_support"],
    [["Sub-Index Labor Skills Development", "Đào tạo lao động"], "pci_labor"],
    [["Weighted PCI  2006 Using Rounded Weights (Sheet 3)", "Chí số PCI 2006 (đã có trọng số)"], "pci_total"],
    [["Chỉ số 8: Chính sách phát triển khu vực KTTN", "Chỉ số 8"], "pci_support"],
    [["Chỉ số PCI cuối cùng", "Có trọng số"], "pci_total"],
    [["Chỉ số PCI chưa \ncó trọng số", "Chưa có trọng số"], "ignored"],
    [["Chi phí không\r\n chính thức"], "pci_informal"],
    [["Tính \r\nnăng động"], "pci_proactive"],
    [["Hỗ trợ\r\n doanh nghiệp"], "pci_support"],
    [["Thiết chế\r\n pháp lý"], "pci_legal"],
    [["Cạnh tranh bình đẳng"], "pci_bias"],
    [["PCI 2012"], "pci_total"],
    [["Xếp hạng"], "pci_rank"],
    // other years' spellings (issue #11): the rank with a year is not a second total
    [["Thứ hạng PCI 2009"], "pci_rank"],
    [["Rank"], "pci_rank"],
    [["Sub-Index 10: Law & Order"], "pci_legal"],
    [["Sub-Index 10"], "pci_legal"],
    [["Thiết chế pháp lý & An ninh trật tự"], "pci_legal"],
    [["Weighted PCI"], "pci_total"],
    [["PCI có trọng số"], "pci_total"],
    [["Sub-Index 11: Innovation"], null],
    [["Thực hiện chính sách của Trung ương"], "ignored"],
    [["PCI 2013 ranking"], "pci_rank"],
    [["Nhóm\r\n xếp hạng"], "ignored"],
    [["PCI tier"], "ignored"],
    [["Mã PCI "], "ignored"],
    [["Time Costs"], "pci_time"],
    [["Business support services"], "pci_support"],
    [["Legal Institutions"], "pci_legal"],
    [["thiet che phap ly"], "pci_legal"],
    [["Chỉ số thành phần", "Tỉnh, thành phố"], "province"],
    [["Province"], "province"],
    [["Thứ tự"], "ordinal"],
    [["STT"], "ordinal"],
    [["", ""], null],
    [["Excellent"], null]
  ])("%j → %s", (cells, expected) => {
    expect(indicator(...cells)).toBe(expected);
  });

  test("a header naming two sub-indices is ambiguous, not a guess", () => {
    expect(identifyPciColumn(["Tính minh bạch và đào tạo lao động"])).toEqual({kind: "ambiguous", indicators: ["pci_transparency", "pci_labor"]});
  });
});

describe("identifyPciColumn on arbitrary input", () => {
  test("never throws, and an ambiguous header names at least two indicators", () => {
    const words = ["Tỉnh", "STT", "Gia nhập thị trường", "Tiếp cận đất đai", "minh bạch", "PCI 2016", "Xếp hạng", "Nhóm xếp hạng", "chưa có trọng số", "Land", "#", "No."];
    const header = fc.array(fc.oneof(fc.string(), fc.string({unit: "grapheme"}), fc.constantFrom(...words)), {maxLength: 4});
    fc.assert(
      fc.property(header, (cells) => {
        const kind = identifyPciColumn(cells);
        if (kind?.kind === "ambiguous") expect(kind.indicators.length).toBeGreaterThanOrEqual(2);
        if (kind?.kind === "indicator") expect(kind.indicator).toMatch(/^pci_/);
      }),
      {numRuns: 300}
    );
  });
});
