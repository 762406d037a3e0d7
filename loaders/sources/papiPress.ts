// papi-press: Hà Tĩnh's PAPI national rank per year as reported in the press (no full PAPI file for those years), curated in data/curated/papi/.
import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import type {Observation} from "../../src/model/observation.ts";
import {createProvinceMatcher} from "../../src/text/createProvinceMatcher.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

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
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => foldVietnamese(String(c ?? "")));
    return KEY_COLUMNS.every((name) => header.includes(name));
  },
  headers: aliasSpecs(
    Object.values(COLUMNS).map((name) => ({header: name, aliases: [name], required: true})),
    foldVietnamese
  ),

  // 4. Load one file: check every row, collect every problem, return nothing if any.
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const header = (rows[0] ?? []).map((c) => foldVietnamese(c));
    const index = (name: string): number => header.indexOf(name);
    for (const name of Object.values(COLUMNS)) {
      if (index(name) < 0) throw new DataError({file, row: 1, expected: `a column "${name}" in the header`});
    }
    const problems: DataError[] = [];
    const observations: Observation[] = [];
    rows.slice(1).forEach((cells, i) => {
      const row = i + 2; // 1-based, after the header
      const unitName = cells[index(COLUMNS.unit)] ?? "";
      const year = cells[index(COLUMNS.year)] ?? "";
      const raw = cells[index(COLUMNS.value)] ?? "";
      if (!/^\d{4}$/.test(year)) return void problems.push(new DataError({file, row, column: "Năm", value: year, expected: "a year such as 2024"}));
      // Units of one level, as they were in that year: see src/text/createLevelMatcher.ts.
      const unit = createProvinceMatcher(reference.units, year)(unitName);
      if (!unit.ok) return void problems.push(new DataError({file, row, column: "Tỉnh", value: unitName, expected: unit.expected}));
      const value = parseVietnameseNumber(raw);
      if (!value.ok) return void problems.push(new DataError({file, row, column: "Xếp hạng PAPI", value: raw, expected: value.expected}));
      const of = Number(cells[index(COLUMNS.of)] ?? "");
      if (!Number.isInteger(of) || of < 1 || of > 64) return void problems.push(new DataError({file, row, column: "Số tỉnh xếp hạng", value: cells[index(COLUMNS.of)] ?? "", expected: "the number of provinces ranked, 1 to 64"}));
      if (value.value !== null && !(Number.isInteger(value.value) && value.value >= 1 && value.value <= of)) {
        return void problems.push(new DataError({file, row, column: "Xếp hạng PAPI", value: raw, expected: `a whole rank from 1 to ${of}`}));
      }
      if (!/^https?:\/\/\S+$/.test(cells[index(COLUMNS.url)] ?? "")) return void problems.push(new DataError({file, row, column: "Địa chỉ nguồn", value: cells[index(COLUMNS.url)] ?? "", expected: "the address (https://…) of the page read"}));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cells[index(COLUMNS.recorded)] ?? "")) return void problems.push(new DataError({file, row, column: "Ngày ghi nhận", value: cells[index(COLUMNS.recorded)] ?? "", expected: "the date recorded, as 2024-05-31"}));
      if (value.value === null) return; // missing stays missing: no observation, never 0
      observations.push({unitId: unit.id, indicator: INDICATOR.id, period: year, grain: "year", value: value.value, numerator: null, denominator: null, source: basename(file), sample: false});
    });
    throwIfProblems(problems);
    const periods = observations.map((o) => o.period);
    return {
      observations,
      provenance: await fileProvenance(file, "papi-press", {rowsRead: rows.length - 1, periods})
    };
  }
};
