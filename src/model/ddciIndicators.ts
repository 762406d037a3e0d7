import type {Indicator} from "./indicator.ts";

/** DDCI component ids in the order Hà Tĩnh publishes them (chỉ số thành phần). */
export const DDCI_COMPONENT_IDS = [
  "ddci_transparency",
  "ddci_time",
  "ddci_leadership",
  "ddci_informal",
  "ddci_support",
  "ddci_legal",
  "ddci_equal",
  "ddci_land",
  "ddci_proactive"
] as const;

export type DdciComponentId = (typeof DDCI_COMPONENT_IDS)[number];

const SCORE = {unit: "score", better: "higher", target: null, targetSource: null} as const;

function component(id: DdciComponentId, nameVi: string, nameEn: string, extraVi = "", extraEn = ""): Indicator {
  return {
    id,
    family: "ddci",
    nameVi,
    nameEn,
    ...SCORE,
    definitionVi: `Điểm chỉ số thành phần "${nameVi}" của DDCI Hà Tĩnh, thang điểm 10, theo khảo sát doanh nghiệp, HTX, hộ kinh doanh.${extraVi}`,
    definitionEn: `Hà Tĩnh DDCI component score "${nameEn}", on a 0-10 scale, from the survey of firms, cooperatives and household businesses.${extraEn}`
  };
}

/**
 * Bộ chỉ số đánh giá năng lực cạnh tranh các sở, ban, ngành và UBND huyện, thị xã, thành phố
 * (DDCI) of Hà Tĩnh: the total (0-100), the number of responses, and the nine components
 * (0-10) in the published order. Departments are not scored on land access (8 components);
 * district-level units are scored on all nine. The published total is a weighted mean of the
 * components × 10 whose weights this project does not know, so it is read, never recomputed.
 */
export const DDCI_INDICATORS: readonly Indicator[] = [
  {
    id: "ddci_total",
    family: "ddci",
    nameVi: "Điểm DDCI",
    nameEn: "DDCI score",
    ...SCORE,
    definitionVi: "Điểm tổng DDCI (thang điểm 100) do tỉnh Hà Tĩnh công bố cho từng sở, ban, ngành và UBND cấp huyện.",
    definitionEn: "Total DDCI score (0-100) published by Hà Tĩnh province for each department and district-level People's Committee."
  },
  {
    id: "ddci_responses",
    family: "ddci",
    nameVi: "Số phiếu khảo sát DDCI",
    nameEn: "DDCI survey responses",
    unit: "count",
    better: "higher",
    definitionVi: "Số phiếu trả lời khảo sát DDCI về đơn vị trong năm (doanh nghiệp, HTX, hộ kinh doanh).",
    definitionEn: "Number of DDCI survey responses about the unit in the year (firms, cooperatives, household businesses).",
    target: null,
    targetSource: null
  },
  component("ddci_transparency", "Tính minh bạch và tiếp cận thông tin", "Transparency and access to information"),
  component("ddci_time", "Chi phí thời gian", "Time costs"),
  component("ddci_leadership", "Vai trò của người đứng đầu", "Role of the head of the unit"),
  component("ddci_informal", "Chi phí không chính thức", "Informal charges"),
  component("ddci_support", "Hỗ trợ doanh nghiệp, HTX, hộ kinh doanh", "Business support"),
  component("ddci_legal", "Thiết chế pháp lý và an ninh trật tự", "Legal institutions, security and order"),
  component("ddci_equal", "Cạnh tranh bình đẳng", "Equal competition"),
  component(
    "ddci_land",
    "Tiếp cận đất đai",
    "Access to land",
    " Chỉ chấm cho UBND cấp huyện; các sở, ban, ngành không có điểm (để trống, không phải 0).",
    " Scored for district-level units only; departments have no score (missing, not zero)."
  ),
  component("ddci_proactive", "Tính năng động và hiệu lực", "Proactivity and effectiveness")
];
