import type {Indicator} from "./indicator.ts";

/** A PAPI dimension (nội dung, chỉ số nội dung), coded as in the PAPI codebook: C01 … C08. */
export interface PapiCriterion {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A PAPI sub-dimension (chỉ số nội dung thành phần): SC11 … SC83, within its dimension. */
export interface PapiSubcriterion extends PapiCriterion {
  readonly criterion: string;
}

export const PAPI_CRITERIA: readonly PapiCriterion[] = [
  {code: "C01", nameVi: "Tham gia của người dân ở cấp cơ sở", nameEn: "Participation at local levels"},
  {code: "C02", nameVi: "Công khai, minh bạch trong việc ra quyết định ở địa phương", nameEn: "Transparency of local decision-making"},
  {code: "C03", nameVi: "Trách nhiệm giải trình với người dân", nameEn: "Vertical accountability"},
  {code: "C04", nameVi: "Kiểm soát tham nhũng trong khu vực công", nameEn: "Control of corruption in the public sector"},
  {code: "C05", nameVi: "Thủ tục hành chính công", nameEn: "Public administrative procedures"},
  {code: "C06", nameVi: "Cung ứng dịch vụ công", nameEn: "Public service delivery"},
  {code: "C07", nameVi: "Quản trị môi trường", nameEn: "Environmental governance"},
  {code: "C08", nameVi: "Quản trị điện tử", nameEn: "E-governance"}
];

// English names from the codebook of the shared PAPI file; Vietnamese names as PAPI reports word them.
export const PAPI_SUBCRITERIA: readonly PapiSubcriterion[] = [
  {code: "SC11", criterion: "C01", nameVi: "Tri thức công dân", nameEn: "Civic knowledge"},
  {code: "SC12", criterion: "C01", nameVi: "Cơ hội tham gia", nameEn: "Opportunities for participation in elections"},
  {code: "SC13", criterion: "C01", nameVi: "Chất lượng bầu cử trưởng thôn", nameEn: "Quality of village head elections"},
  {code: "SC14", criterion: "C01", nameVi: "Đóng góp tự nguyện", nameEn: "Voluntary contributions"},
  {code: "SC21", criterion: "C02", nameVi: "Tiếp cận thông tin", nameEn: "Access to information"},
  {code: "SC22", criterion: "C02", nameVi: "Công khai danh sách hộ nghèo", nameEn: "Poverty list transparency"},
  {code: "SC23", criterion: "C02", nameVi: "Công khai thu, chi ngân sách cấp xã", nameEn: "Communal budget transparency"},
  {code: "SC24", criterion: "C02", nameVi: "Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất", nameEn: "Transparent land-use plans and price frames"},
  {code: "SC31", criterion: "C03", nameVi: "Hiệu quả tương tác với chính quyền", nameEn: "Interactions with local authorities"},
  {code: "SC32", criterion: "C03", nameVi: "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", nameEn: "Government responsiveness to citizen appeals"},
  {code: "SC33", criterion: "C03", nameVi: "Tiếp cận dịch vụ tư pháp", nameEn: "Access to justice services"},
  {code: "SC41", criterion: "C04", nameVi: "Kiểm soát tham nhũng trong chính quyền địa phương", nameEn: "Limits on corruption in local government"},
  {code: "SC42", criterion: "C04", nameVi: "Kiểm soát tham nhũng trong cung ứng dịch vụ công", nameEn: "Limits on corruption in service delivery"},
  {code: "SC43", criterion: "C04", nameVi: "Công bằng trong tuyển dụng vào khu vực nhà nước", nameEn: "Equity in state employment"},
  {code: "SC44", criterion: "C04", nameVi: "Quyết tâm chống tham nhũng", nameEn: "Willingness to fight corruption"},
  {code: "SC51", criterion: "C05", nameVi: "Dịch vụ chứng thực, xác nhận", nameEn: "Certification procedures"},
  {code: "SC52", criterion: "C05", nameVi: "Thủ tục cấp phép xây dựng", nameEn: "Construction permits"},
  {code: "SC53", criterion: "C05", nameVi: "Thủ tục cấp giấy chứng nhận quyền sử dụng đất", nameEn: "Land title procedures"},
  {code: "SC54", criterion: "C05", nameVi: "Thủ tục hành chính cấp xã, phường", nameEn: "Personal procedures at commune level"},
  {code: "SC61", criterion: "C06", nameVi: "Y tế công lập", nameEn: "Public healthcare"},
  {code: "SC62", criterion: "C06", nameVi: "Giáo dục tiểu học công lập", nameEn: "Public primary education"},
  {code: "SC63", criterion: "C06", nameVi: "Cơ sở hạ tầng căn bản", nameEn: "Basic infrastructure"},
  {code: "SC64", criterion: "C06", nameVi: "An ninh, trật tự khu dân cư", nameEn: "Law and order"},
  {code: "SC71", criterion: "C07", nameVi: "Nghiêm túc trong bảo vệ môi trường", nameEn: "Seriousness in environmental protection"},
  {code: "SC72", criterion: "C07", nameVi: "Chất lượng không khí", nameEn: "Quality of air"},
  {code: "SC73", criterion: "C07", nameVi: "Chất lượng nước", nameEn: "Quality of water"},
  {code: "SC81", criterion: "C08", nameVi: "Sử dụng cổng thông tin điện tử của chính quyền", nameEn: "Access to e-government portals"},
  {code: "SC82", criterion: "C08", nameVi: "Tiếp cận và sử dụng Internet", nameEn: "Access to the Internet"},
  {code: "SC83", criterion: "C08", nameVi: "Phản hồi của chính quyền qua cổng thông tin điện tử", nameEn: "E-responsiveness of provincial authorities"}
];

/** Indicator id of a PAPI code: "SC11" → "papi_sc11", "C01" → "papi_c01". */
export function papiIndicatorId(code: string): string {
  return `papi_${code.toLowerCase()}`;
}

const SCORE = {family: "papi", unit: "score", better: "higher", target: null, targetSource: null} as const;

/**
 * PAPI (Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh, CECODES/UNDP) per province and
 * year: each sub-dimension as published, each dimension and the total as PAPI defines them —
 * a dimension is the sum of its sub-dimension scores (1-10), the total the sum of the
 * dimensions (6 dimensions, 6-60, until 2017; 8 dimensions, 8-80, from 2018; so totals before
 * and after 2018 do not compare). Higher is better throughout.
 */
export const PAPI_INDICATORS: readonly Indicator[] = [
  {
    id: "papi_total",
    ...SCORE,
    nameVi: "Điểm tổng hợp PAPI",
    nameEn: "PAPI aggregate score",
    definitionVi:
      "Tổng điểm các nội dung PAPI có trong năm (6 nội dung, thang 6-60, đến 2017; 8 nội dung, thang 8-80, từ 2018). Chỉ tính khi tỉnh có đủ điểm mọi nội dung của năm.",
    definitionEn:
      "Sum of the PAPI dimensions published for the year (6 dimensions, 6-60, to 2017; 8 dimensions, 8-80, from 2018). Only where the province has every dimension of the year."
  },
  ...PAPI_CRITERIA.map(
    (c): Indicator => ({
      id: papiIndicatorId(c.code),
      ...SCORE,
      nameVi: c.nameVi,
      nameEn: c.nameEn,
      definitionVi: `Nội dung PAPI ${c.code}: tổng điểm các nội dung thành phần có trong năm (thang 1-10). Chỉ tính khi tỉnh có đủ điểm mọi nội dung thành phần của năm.`,
      definitionEn: `PAPI dimension ${c.code}: sum of its sub-dimensions published for the year (1-10). Only where the province has every sub-dimension of the year.`
    })
  ),
  ...PAPI_SUBCRITERIA.map(
    (s): Indicator => ({
      id: papiIndicatorId(s.code),
      ...SCORE,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      definitionVi: `Nội dung thành phần PAPI ${s.code} (thuộc ${s.criterion}), điểm như PAPI công bố.`,
      definitionEn: `PAPI sub-dimension ${s.code} (of ${s.criterion}), as published.`
    })
  )
];
