/** What each table of /explore holds, for the table list beside the editor. */
export interface ExploreTableNote {
  readonly name: string;
  readonly vi: string;
  readonly en: string;
}

export const EXPLORE_TABLE_NOTES: readonly ExploreTableNote[] = [
  {
    name: "observations",
    vi: "Mọi số liệu theo đơn vị, chỉ số và kỳ: dataset (tthc, pci, ddci, papi), unitId, indicator, period (2024-10, 2024-Q3, 2024), grain, value (null là thiếu, không phải 0), numerator, denominator, source (tệp nguồn), sample (dữ liệu mẫu).",
    en: "Every figure by unit, indicator and period: dataset (tthc, pci, ddci, papi), unitId, indicator, period (2024-10, 2024-Q3, 2024), grain, value (null is missing, never 0), numerator, denominator, source (file), sample."
  },
  {
    name: "plan_reports",
    vi: "Báo cáo thực hiện kế hoạch tuyên truyền: hoạt động theo tháng (indicator plan_activity_…, item = mã nhiệm vụ) và kết quả chỉ tiêu theo quý (plan_target, item = mã chỉ tiêu).",
    en: "Communication plan reports: monthly activities (indicator plan_activity_…, item = task number) and quarterly target measurements (plan_target, item = measure)."
  },
  {
    name: "units",
    vi: "Đơn vị: id, gsoCode, name, label (tên hiển thị, phân biệt đơn vị trùng tên: Xã Hồng Lộc (đến T6/2025)), labelEn, type, level (province, district, commune, department), parentId, validFrom, validTo (ngày), population2019, aliases.",
    en: "Units: id, gsoCode, name, label (display name telling apart units of the same name), labelEn, type, level (province, district, commune, department), parentId, validFrom, validTo (dates), population2019, aliases."
  },
  {
    name: "indicators",
    vi: "Danh mục chỉ số: id, family, nameVi, nameEn, unit (share, count, score, rank), better, definitionVi, definitionEn, target, targetSource.",
    en: "Indicator catalogue: id, family, nameVi, nameEn, unit (share, count, score, rank), better, definitionVi, definitionEn, target, targetSource."
  },
  {
    name: "lineage",
    vi: "Sáp nhập đơn vị: oldId trở thành (một phần của) newId từ ngày fromDate (2020 và 01/7/2025).",
    en: "Reorganisations: oldId became (part of) newId from fromDate (2020 and 1 July 2025)."
  }
];
