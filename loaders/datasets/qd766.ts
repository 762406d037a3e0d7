import type {Dataset} from "../sources/source.ts";

/**
 * Published scores of the Decision 766 service index per unit and period. Each unit-period comes
 * from one file only (a repeat would be two versions of an official figure), so it is an error.
 */
export const qd766Dataset: Dataset = {
  id: "qd766",
  titleVi: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)",
  titleEn: "Service index for citizens and businesses (Decision 766/QD-TTg)",
  duplicates: "error"
};
