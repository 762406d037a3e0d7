import {ddciUnits} from "../../src/ddci/ddciUnits.ts";
import type {Dataset} from "../sources/source.ts";

/**
 * DDCI scores per district-level unit and provincial department and year. Each unit-year comes
 * from one file only: curated, raw and sample files never overlap (the sample writer leaves out
 * what is curated), so a repeat is an error.
 */
export const ddciDataset: Dataset = {
  id: "ddci",
  titleVi: "Chỉ số năng lực cạnh tranh các sở, ban, ngành và địa phương (DDCI) Hà Tĩnh",
  titleEn: "Hà Tĩnh Department and District Competitiveness Index (DDCI)",
  duplicates: "error",
  /** Units DDCI could have scored in a year that has data, but that no file scores. */
  missing(observations, reference) {
    const seen = new Set(observations.filter((o) => o.indicator === "ddci_total").map((o) => `${o.unitId}|${o.period}`));
    const years = [...new Set(observations.map((o) => o.period))].sort();
    return years.flatMap((year) =>
      ddciUnits(reference.units, year)
        .filter((u) => !seen.has(`${u.id}|${year}`))
        .map((u) => ({unitId: u.id, period: year}))
    );
  }
};
