// TEMPLATE — `npm run new-source -- <id> [--dataset <id>] [--level province|district|commune]`
// copies this file to loaders/sources/<id>.ts, registers it in loaders/registry.ts and writes
// the dataset, the wrapper docs/data/<dataset>.zip.ts and a parser test. It is a complete,
// working source for a tidy CSV with columns "Đơn vị", "Năm", "Giá trị"; the TODOs mark what
// only you know: the indicator, the columns, the checks on a value. The guide page "Thêm
// nguồn dữ liệu" (docs/guide/add-source.md) walks through it with PAR INDEX/SIPAS.
import {basename} from "node:path";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import type {Observation} from "../../src/model/observation.ts";
import {createDistrictMatcher} from "../../src/text/createDistrictMatcher.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";
import {tidyHeaders} from "./tidyHeaders.ts";
import {tidyRows} from "./tidyRows.ts";

// 1. The indicator(s) this source provides: they join the catalogue (reference.json) and
// /methodology, grouped under `family` (the dataset id).
// TODO: id, names, unit ("share" 0-1 of a count, "score" such as a "(%)" index 0-100, "rank" 1 = first, "count"), better, definitions, target.
const EXAMPLE_INDICATOR: Indicator = {
  id: "example_score",
  family: "example",
  nameVi: "Chỉ số ví dụ",
  nameEn: "Example score",
  unit: "score",
  better: "higher",
  definitionVi: "Điểm ví dụ, thang 0-100.",
  definitionEn: "An example score, 0-100.",
  target: null,
  targetSource: null
};

// 2. The headers this source needs, folded (no diacritics, lowercase) so "Đơn vị" = "DON VI".
// TODO: the headers of your file, as they fold.
const COLUMNS = {unit: "don vi", year: "nam", value: "gia tri"} as const;
// The few columns that tell this kind of file from the others: a file that has them but lacks
// another column is still taken for this kind, and told which column it lacks, by name.
const KEY_COLUMNS = [COLUMNS.unit, COLUMNS.value] as const;

export const exampleSource: Source = {
  kind: "example-tidy",
  dataset: "example",
  titleVi: "Ví dụ: bảng điểm theo đơn vị và năm",
  titleEn: "Example: scores per unit and year",
  extensions: [".csv"],
  indicators: [EXAMPLE_INDICATOR],

  // 3. Recognise the file from its key headers, so check-data and the build pick this source;
  // a file that is almost of this kind is told what its header lacks.
  ...tidyHeaders(COLUMNS, KEY_COLUMNS),

  // 4. Load one file: check every row, collect every problem, return nothing if any. Errors
  // name file, row, column (as the file writes it), value and what was expected.
  async load(file, {reference}) {
    const {rows, problems} = tidyRows(file, await readCsvRows(file), COLUMNS);
    const observations: Observation[] = [];
    for (const r of rows) {
      const year = r.get("year");
      if (!/^\d{4}$/.test(year)) { r.problem("year", "a year such as 2024"); continue; }
      // Units of one level, as they were in that year: see src/text/createLevelMatcher.ts.
      const unit = createDistrictMatcher(reference.units, year)(r.get("unit"));
      if (!unit.ok) { r.problem("unit", unit.expected); continue; }
      const value = parseVietnameseNumber(r.get("value"));
      if (!value.ok) { r.problem("value", value.expected); continue; }
      // TODO: the range your indicator allows.
      if (value.value !== null && (value.value < 0 || value.value > 100)) { r.problem("value", "a score from 0 to 100"); continue; }
      if (value.value === null) continue; // missing stays missing: no observation, never 0
      observations.push({unitId: unit.id, indicator: EXAMPLE_INDICATOR.id, period: year, grain: "year", value: value.value, numerator: null, denominator: null, source: basename(file), sample: false});
    }
    throwIfProblems(problems);
    const periods = observations.map((o) => o.period);
    return {
      observations,
      // TODO for curated figures: a column with the page's address, read into sourceUrl (see parSipas.ts).
      provenance: await fileProvenance(file, "example-tidy", {rowsRead: rows.length, periods, sourceUrl: null})
    };
  }
};
