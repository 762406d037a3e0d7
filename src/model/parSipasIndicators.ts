import type {Indicator} from "./indicator.ts";

const COMMON = {family: "par", target: null, targetSource: null} as const;

/**
 * PAR INDEX (Chỉ số cải cách hành chính) and SIPAS (Chỉ số hài lòng về sự phục vụ hành chính),
 * published each year by the Ministry of Home Affairs (Bộ Nội vụ) per province: each score and
 * its national rank. Both are written "(%)" in the ministry's tables but are scores 0-100, not
 * shares of a count, so their unit is "score".
 */
export const PAR_SIPAS_INDICATORS: readonly Indicator[] = [
  {
    id: "par_index",
    ...COMMON,
    nameVi: "Chỉ số cải cách hành chính (PAR INDEX)",
    nameEn: "Public Administration Reform Index (PAR INDEX)",
    unit: "score",
    better: "higher",
    definitionVi: "Điểm PAR INDEX của tỉnh do Bộ Nội vụ công bố, thang 0-100 (ghi là %, nhưng là điểm, không phải tỷ lệ).",
    definitionEn: "The province's PAR INDEX as published by the Ministry of Home Affairs, 0-100 (written as %, but a score, not a share)."
  },
  {
    id: "par_index_rank",
    ...COMMON,
    nameVi: "Xếp hạng PAR INDEX",
    nameEn: "PAR INDEX rank",
    unit: "rank",
    better: "lower",
    definitionVi: "Thứ hạng PAR INDEX của tỉnh trong cả nước (63 tỉnh, thành phố); 1 là cao nhất.",
    definitionEn: "The province's national PAR INDEX rank (of 63 provinces); 1 is best."
  },
  {
    id: "sipas",
    ...COMMON,
    nameVi: "Chỉ số hài lòng của người dân, tổ chức (SIPAS)",
    nameEn: "Satisfaction Index of Public Administrative Services (SIPAS)",
    unit: "score",
    better: "higher",
    definitionVi: "Chỉ số SIPAS của tỉnh do Bộ Nội vụ công bố, thang 0-100 (ghi là %, nhưng là điểm khảo sát, không phải tỷ lệ người trả lời).",
    definitionEn: "The province's SIPAS as published by the Ministry of Home Affairs, 0-100 (written as %, but a survey score, not a share of respondents)."
  },
  {
    id: "sipas_rank",
    ...COMMON,
    nameVi: "Xếp hạng SIPAS",
    nameEn: "SIPAS rank",
    unit: "rank",
    better: "lower",
    definitionVi: "Thứ hạng SIPAS của tỉnh trong cả nước (63 tỉnh, thành phố); 1 là cao nhất.",
    definitionEn: "The province's national SIPAS rank (of 63 provinces); 1 is best."
  }
];
