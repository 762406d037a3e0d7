// TEMPLATE — copy this file to loaders/sources/<yourSource>.ts to add a kind of input file.
// It is a complete, working source for a tidy CSV with columns "Đơn vị", "Năm", "Giá trị";
// rename it, change the columns and checks, add it to SOURCES in loaders/registry.ts, and
// (for a new dataset) add a Dataset and a wrapper docs/data/<dataset>.zip.ts. Nothing else
// needs editing. The guide page "Thêm nguồn dữ liệu" (docs/guide/add-source.md) walks through it.
import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import type {Observation} from "../../src/model/observation.ts";
import {createUnitMatcher} from "../../src/text/createUnitMatcher.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

// 1. The indicator(s) this source provides: they join the catalogue (reference.json).
const EXAMPLE_INDICATOR: Indicator = {
  id: "example_score",
  family: "plan",
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
const COLUMNS = {unit: "don vi", year: "nam", value: "gia tri"} as const;

export const exampleSource: Source = {
  kind: "example-tidy",
  dataset: "example",
  titleVi: "Ví dụ: bảng điểm theo đơn vị và năm",
  titleEn: "Example: scores per unit and year",
  extensions: [".csv"],
  indicators: [EXAMPLE_INDICATOR],

  // 3. Recognise the file from its header row, so check-data and the build pick this source;
  // `headers` lets a file that is almost of this kind be told what its header lacks.
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => foldVietnamese(String(c ?? "")));
    return Object.values(COLUMNS).every((name) => header.includes(name));
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
    const match = createUnitMatcher(reference.units);
    const problems: DataError[] = [];
    const observations: Observation[] = [];
    rows.slice(1).forEach((cells, i) => {
      const row = i + 2; // 1-based, after the header
      const unitName = cells[index(COLUMNS.unit)] ?? "";
      const year = cells[index(COLUMNS.year)] ?? "";
      const raw = cells[index(COLUMNS.value)] ?? "";
      const unit = match(unitName);
      if (!unit.ok) return void problems.push(new DataError({file, row, column: "Đơn vị", value: unitName, expected: `a known unit; closest: ${unit.suggestions.join(", ")}`}));
      if (!/^\d{4}$/.test(year)) return void problems.push(new DataError({file, row, column: "Năm", value: year, expected: "a year such as 2024"}));
      const value = parseVietnameseNumber(raw);
      if (!value.ok) return void problems.push(new DataError({file, row, column: "Giá trị", value: raw, expected: value.expected}));
      if (value.value !== null && (value.value < 0 || value.value > 100)) {
        return void problems.push(new DataError({file, row, column: "Giá trị", value: raw, expected: "a score from 0 to 100"}));
      }
      if (value.value === null) return; // missing stays missing: no observation, never 0
      observations.push({unitId: unit.id, indicator: EXAMPLE_INDICATOR.id, period: year, grain: "year", value: value.value, numerator: null, denominator: null, source: basename(file), sample: false});
    });
    throwIfProblems(problems);
    const periods = observations.map((o) => o.period);
    return {
      observations,
      provenance: await fileProvenance(file, "example-tidy", {rowsRead: rows.length - 1, periods})
    };
  }
};
