import {expect, test} from "vitest";
import {identifyDdciColumn} from "../../../src/ddci/identifyDdciColumn.ts";

test("identifyDdciColumn: headers as Hà Tĩnh writes them, the year column, and what is read past", () => {
  expect(identifyDdciColumn("Đơn vị")).toBe("unit");
  expect(identifyDdciColumn("NĂM")).toBe("year");
  expect(identifyDdciColumn("Số phiếu trả lời")).toBe("responses");
  expect(identifyDdciColumn("Tính minh bạch và tiếp cận thông tin")).toBe("ddci_transparency");
  expect(identifyDdciColumn("Thiết chế pháp lý và an ninh trật tự")).toBe("ddci_legal");
  expect(identifyDdciColumn("Điểm tổng (thang điểm 100)")).toBe("total");
  expect(identifyDdciColumn("Xếp loại")).toBe("classification");
  expect(identifyDdciColumn("Xếp hạng")).toBeNull();
  expect(identifyDdciColumn("Điểm chỉ số thành phần DDCI năm 2021 (Thang điểm 10)")).toBeNull();
  expect(identifyDdciColumn("Năm 2023")).toBeNull();
});
