// papi-press: Hà Tĩnh's PAPI national rank per year as reported in the press (no full PAPI file for those years), curated in data/curated/papi/.
import {basename} from "node:path";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import type {Observation} from "../../src/model/observation.ts";
import {createProvinceMatcher} from "../../src/text/createProvinceMatcher.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {ProvenanceWithSourceUrls, Source} from "./source.ts";
import {tidyHeaders} from "./tidyHeaders.ts";
import {tidyRows} from "./tidyRows.ts";

// 1. The indicator(s) this source provides: they join the catalogue (reference.json) and
// /methodology, grouped under `family` (the dataset id).
const INDICATOR: Indicator = {
  id: "papi_rank",
  family: "papi",
  nameVi: "Xếp hạng PAPI",
  nameEn: "PAPI rank",
  unit: "rank",
  better: "lower",
  definitionVi: "Thứ hạng PAPI của tỉnh trong số các tỉnh được xếp hạng năm đó, theo nguồn công bố; 1 là cao nhất.",
  definitionEn: "The province's PAPI rank among the provinces ranked that year, as published; 1 is best.",
  target: null,
  targetSource: null
};

// 2. The headers this source needs, folded (no diacritics, lowercase) so "Đơn vị" = "DON VI".
const COLUMNS = {unit: "tinh", year: "nam", value: "xep hang papi", of: "so tinh xep hang", url: "dia chi nguon", recorded: "ngay ghi nhan"} as const;
// The few columns that tell this kind of file from the others: a file that has them but lacks
// another column is still taken for this kind, and told which column it lacks, by name.
const KEY_COLUMNS = [COLUMNS.value, COLUMNS.of] as const;

export const papiPress: Source = {
  kind: "papi-press",
  dataset: "papi",
  titleVi: "Xếp hạng PAPI của tỉnh theo báo chí, chép lại",
  titleEn: "Province PAPI rank as reported in the press, transcribed",
  extensions: [".csv"],
  indicators: [INDICATOR],

  // 3. Recognise the file from its key headers, so check-data and the build pick this source;
  // `headers` lets a file that is almost of this kind be told what its header lacks.
  ...tidyHeaders(COLUMNS, KEY_COLUMNS),

  // 4. Load one file: check every row, collect every problem, return nothing if any.
  async load(file, {reference}) {
    const {rows, problems} = tidyRows(file, await readCsvRows(file), COLUMNS);
    const observations: Observation[] = [];
    const urls = new Set<string>();
    for (const r of rows) {
      const year = r.get("year");
      if (!/^\d{4}$/.test(year)) { r.problem("year", "a year such as 2024"); continue; }
      const unit = createProvinceMatcher(reference.units, year)(r.get("unit"));
      if (!unit.ok) { r.problem("unit", unit.expected); continue; }
      const value = parseVietnameseNumber(r.get("value"));
      if (!value.ok) { r.problem("value", value.expected); continue; }
      const of = Number(r.get("of"));
      if (!Number.isInteger(of) || of < 1 || of > 64) { r.problem("of", "the number of provinces ranked, 1 to 64"); continue; }
      if (value.value !== null && !(Number.isInteger(value.value) && value.value >= 1 && value.value <= of)) { r.problem("value", `a whole rank from 1 to ${of}`); continue; }
      if (!/^https?:\/\/\S+$/.test(r.get("url"))) { r.problem("url", "the address (https://…) of the page read"); continue; }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r.get("recorded"))) { r.problem("recorded", "the date recorded, as 2024-05-31"); continue; }
      if (value.value === null) continue; // missing stays missing: no observation, never 0
      urls.add(r.get("url"));
      observations.push({unitId: unit.id, indicator: INDICATOR.id, period: year, grain: "year", value: value.value, numerator: null, denominator: null, source: basename(file), sample: false});
    }
    throwIfProblems(problems);
    const periods = observations.map((o) => o.period);
    const sourceUrls = [...urls].sort();
    // every page read, as parSipas does; sourceUrl the last, for pages that show one
    const provenance: ProvenanceWithSourceUrls = {...(await fileProvenance(file, "papi-press", {rowsRead: rows.length, periods, sourceUrl: sourceUrls.at(-1) ?? null})), sourceUrls};
    return {observations, provenance};
  }
};
