import type {Indicator} from "./indicator.ts";

// Scores, not rates: no count fields, so numerator/denominator stay empty and observations carry
// the score as `value` with numerator and denominator null.
const SCORE = {family: "pci", unit: "score", better: "higher", target: null, targetSource: null} as const;

const SUB_INDEX_VI = "Chỉ số thành phần của PCI, thang điểm 0-10 (cao hơn là tốt hơn), do VCCI công bố; làm tròn 2 chữ số thập phân.";
const SUB_INDEX_EN = "A PCI sub-index, scored 0-10 (higher is better), as published by VCCI; rounded to 2 decimals.";

function subIndex(id: string, nameVi: string, nameEn: string, noteVi = "", noteEn = ""): Indicator {
  return {
    id,
    nameVi,
    nameEn,
    ...SCORE,
    definitionVi: noteVi === "" ? SUB_INDEX_VI : `${SUB_INDEX_VI} ${noteVi}`,
    definitionEn: noteEn === "" ? SUB_INDEX_EN : `${SUB_INDEX_EN} ${noteEn}`
  };
}

/**
 * The Provincial Competitiveness Index (Chỉ số năng lực cạnh tranh cấp tỉnh, PCI) of VCCI:
 * the weighted total, the rank, and the ten sub-indices, per province and year.
 */
export const PCI_INDICATORS: readonly Indicator[] = [
  {
    id: "pci_total",
    nameVi: "Chỉ số PCI",
    nameEn: "PCI score",
    ...SCORE,
    definitionVi:
      "Điểm PCI tổng hợp (có trọng số) của 10 chỉ số thành phần, thang điểm 0-100, do VCCI công bố; làm tròn 2 chữ số thập phân. Từ PCI 2023, VCCI chỉ công bố điểm tổng hợp của nhóm tỉnh dẫn đầu: năm không công bố là \"chưa công bố\", không phải 0.",
    definitionEn:
      "The weighted PCI total of the 10 sub-indices, scored 0-100, as published by VCCI; rounded to 2 decimals. From PCI 2023 VCCI publishes the total only for the leading provinces: a year without it is \"not published\", never 0."
  },
  {
    id: "pci_rank",
    nameVi: "Xếp hạng PCI",
    nameEn: "PCI rank",
    ...SCORE,
    unit: "rank",
    better: "lower",
    definitionVi:
      "Thứ hạng theo điểm PCI trong số các tỉnh, thành phố được xếp hạng năm đó (63; 64 đến năm 2008, khi còn tỉnh Hà Tây); 1 là cao nhất.",
    definitionEn: "Rank by PCI score among the provinces ranked that year (63; 64 until 2008, while Hà Tây existed); 1 is best."
  },
  subIndex("pci_entry", "Gia nhập thị trường", "Entry costs"),
  subIndex("pci_land", "Tiếp cận đất đai", "Land access"),
  subIndex("pci_transparency", "Tính minh bạch", "Transparency"),
  subIndex(
    "pci_time",
    "Chi phí thời gian",
    "Time costs",
    "Trước đây gọi là \"Chi phí thời gian để thực hiện các quy định của Nhà nước\".",
    "Formerly \"time costs of regulatory compliance\"."
  ),
  subIndex("pci_informal", "Chi phí không chính thức", "Informal charges"),
  subIndex(
    "pci_bias",
    "Cạnh tranh bình đẳng",
    "Policy bias / Equal competition",
    "Năm 2005-2008 là chỉ số \"Ưu đãi đối với doanh nghiệp nhà nước\"; không tính năm 2009-2012; từ 2013 là \"Cạnh tranh bình đẳng\" với cách đo mới: không so sánh qua hai giai đoạn.",
    "2005-2008: the \"SOE bias\" sub-index; not computed 2009-2012; from 2013 \"equal competition\", measured anew: do not compare across the two periods."
  ),
  subIndex("pci_proactive", "Tính năng động", "Proactivity"),
  subIndex(
    "pci_support",
    "Hỗ trợ doanh nghiệp",
    "Business support",
    "Năm 2005-2008 gọi là \"Chính sách phát triển khu vực kinh tế tư nhân\".",
    "Called \"private sector development services\" in 2005-2008."
  ),
  subIndex("pci_labor", "Đào tạo lao động", "Labour training"),
  subIndex("pci_legal", "Thiết chế pháp lý", "Legal institutions")
];
