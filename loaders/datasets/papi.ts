import {provincesIn} from "../../src/papi/provincesIn.ts";
import type {Dataset} from "../sources/source.ts";

/**
 * PAPI per province and year. Real files only (no sample): analysts put the long CSV in
 * data/raw/papi/ (papiLong); Hà Tĩnh's rank as reported in the press is curated in
 * data/curated/papi/ (papiPress). The same province, indicator and year in two files is an error.
 */
export const papiDataset: Dataset = {
  id: "papi",
  titleVi: "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI)",
  titleEn: "Provincial Governance and Public Administration Performance Index (PAPI)",
  duplicates: "error",
  /**
   * Provinces with no PAPI score at all in a year that has scores (e.g. not surveyed that year).
   * Ranks are left out: a press report gives one province's rank, not a survey of all of them.
   */
  missing(observations, reference) {
    observations = observations.filter((o) => o.indicator !== "papi_rank");
    const seen = new Set(observations.map((o) => `${o.unitId}|${o.period}`));
    const years = [...new Set(observations.map((o) => o.period))].sort();
    return years.flatMap((year) =>
      provincesIn(reference.units, year)
        .filter((u) => !seen.has(`${u.id}|${year}`))
        .map((u) => ({unitId: u.id, period: year}))
    );
  }
};
