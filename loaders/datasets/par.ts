import type {Dataset} from "../sources/source.ts";

/**
 * PAR INDEX and SIPAS per province and year (Bộ Nội vụ). Curated real figures only (no sample):
 * data/curated/par/, one row per province, index and year, with source and date. The same
 * figure in two files is an error.
 */
export const parDataset: Dataset = {
  id: "par",
  titleVi: "Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh",
  titleEn: "Province PAR INDEX and SIPAS",
  duplicates: "error"
};
