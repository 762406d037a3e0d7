import {describe, expect, it} from "vitest";
import {methodologyIndicators, type MethodologyIndicator} from "../../../src/views/methodologyIndicators.ts";

const base = {better: "higher", definitionVi: "Định nghĩa", definitionEn: "Definition", target: null, targetSource: null} as const;
const INDICATORS: MethodologyIndicator[] = [
  {...base, id: "online_share", family: "tthc", nameVi: "Tỷ lệ trực tuyến", nameEn: "Online share", unit: "share", numerator: ["receivedOnline"], denominator: ["receivedTotal"]},
  {...base, id: "plan_target", family: "plan", nameVi: "Chỉ tiêu", nameEn: "Target", unit: "share", target: 1, targetSource: "KH 2024, mục I.3", numerator: [], denominator: []},
  {...base, id: "par_index", family: "par", nameVi: "PAR", nameEn: "PAR", unit: "score", better: "lower"}
];

describe("methodologyIndicators", () => {
  it("groups by family, writes the formula from report fields, and names an unknown family after its dataset", () => {
    const families = methodologyIndicators(INDICATORS, [{dataset: "tthc", titleVi: "Báo cáo TTHC", titleEn: "TTHC report", indicators: ["online_share"]}], [{id: "par", titleVi: "Chỉ số PAR", titleEn: "PAR index"}], "vi");
    expect(families.map((f) => f.summary)).toEqual(["Thủ tục hành chính (1 chỉ số)", "Kế hoạch tuyên truyền (1 chỉ số)", "Chỉ số PAR (1 chỉ số)"]);
    expect(families[0]?.rows[0]).toMatchObject({formula: "(hồ sơ tiếp nhận trực tuyến) / (tổng số hồ sơ tiếp nhận)", target: "không đặt", sources: "Báo cáo TTHC"});
    expect(families[1]?.rows[0]?.target).toBe("1 (KH 2024, mục I.3)");
    expect(families[2]?.rows[0]).toMatchObject({formula: "điểm/giá trị công bố", unitAndBetter: "điểm; thấp hơn là tốt"});
  });
});
