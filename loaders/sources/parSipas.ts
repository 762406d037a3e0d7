import {basename} from "node:path";
import {columnLetter} from "../../src/errors/columnLetter.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import type {Observation} from "../../src/model/observation.ts";
import {PAR_SIPAS_INDICATORS} from "../../src/model/parSipasIndicators.ts";
import {provincesIn} from "../../src/papi/provincesIn.ts";
import {createProvinceMatcher} from "../../src/text/createProvinceMatcher.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Provenance, Source} from "./source.ts";

const KIND = "par-sipas";
// Folded headers (no diacritics, lowercase): "Địa chỉ nguồn" = "dia chi nguon".
const COLUMNS = {
  province: "tinh",
  year: "nam",
  index: "chi so",
  score: "diem",
  rank: "xep hang",
  source: "nguon",
  url: "dia chi nguon",
  recorded: "ngay ghi nhan"
} as const;
type Column = keyof typeof COLUMNS;
// Detection by the key columns only, so a file with one of the others misnamed is still taken
// for this kind and told which column it lacks, by name.
const KEY_COLUMNS: readonly Column[] = ["index", "rank", "url"];
// What the "Chỉ số" column may say, folded, and the two indicators it gives.
const INDICES: Readonly<Record<string, {readonly score: string; readonly rank: string}>> = {
  "par index": {score: "par_index", rank: "par_index_rank"},
  par: {score: "par_index", rank: "par_index_rank"},
  sipas: {score: "sipas", rank: "sipas_rank"}
};

/** Convention (as pciProfile's notPublished): every page a curated file's figures were read from. */
export type ProvenanceWithSourceUrls = Provenance & {readonly sourceUrls: readonly string[]};

/**
 * PAR INDEX and SIPAS per province and year, as published by the Ministry of Home Affairs and
 * transcribed (data/curated/par/): one row per province, year and index ("PAR INDEX" or
 * "SIPAS"), with its score (0-100; "89,72" or "89,72%": the % is the index's own notation,
 * not a share) and national rank, either may be empty when the publication does not give it
 * (missing, never 0), and for every row its source, the page's address and the date recorded.
 */
export const parSipas: Source = {
  kind: KIND,
  dataset: "par",
  titleVi: "PAR INDEX và SIPAS của tỉnh (Bộ Nội vụ), chép lại từ nguồn công bố",
  titleEn: "Province PAR INDEX and SIPAS (Ministry of Home Affairs), transcribed from publications",
  extensions: [".csv"],
  indicators: PAR_SIPAS_INDICATORS,
  headers: aliasSpecs(
    Object.values(COLUMNS).map((name) => ({header: name, aliases: [name], required: true})),
    foldVietnamese
  ),
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => foldVietnamese(String(c ?? "")));
    return KEY_COLUMNS.every((key) => header.includes(COLUMNS[key]));
  },
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const header = (rows[0] ?? []).map((c) => foldVietnamese(c));
    const missing = Object.entries(COLUMNS).filter(([, name]) => !header.includes(name));
    if (missing.length > 0) {
      throw new DataError({file, row: 1, expected: `the column${missing.length > 1 ? "s" : ""} ${missing.map(([, name]) => `"${name}"`).join(", ")} in the header (found: ${header.join(", ")})`});
    }
    const at = (key: Column): number => header.indexOf(COLUMNS[key]);
    const source = basename(file);
    const problems: DataError[] = [];
    const observations: Observation[] = [];
    const urls = new Set<string>();
    const seen = new Map<string, number>();
    let rowsRead = 0;
    rows.forEach((cells, i) => {
      if (i === 0 || cells.every((c) => c.trim() === "")) return;
      rowsRead++;
      const row = i + 1;
      const get = (key: Column): string => (cells[at(key)] ?? "").trim();
      const problem = (key: Column, expected: string): void =>
        void problems.push(new DataError({file, row, column: `${columnLetter(at(key))} (${rows[0]![at(key)]})`, value: get(key), expected}));

      const year = get("year");
      if (!/^\d{4}$/.test(year)) return problem("year", "a year such as 2024");
      const unit = createProvinceMatcher(reference.units, year)(get("province"));
      if (!unit.ok) return problem("province", unit.expected);
      const index = INDICES[foldVietnamese(get("index"))];
      if (index === undefined) return problem("index", "PAR INDEX or SIPAS");
      if (get("source") === "") return problem("source", "the publication the row was read from");
      if (!/^https?:\/\/\S+$/.test(get("url"))) return problem("url", "the address (https://…) of the page the row was read from");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(get("recorded"))) return problem("recorded", "the date the row was recorded, as 2024-05-31");
      const key = `${unit.id}|${index.score}|${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) return problem("index", `each province, index and year once (also on row ${earlier})`);
      seen.set(key, row);

      // "(%)" is the index's notation: 89,72% is the score 89.72, so the % is dropped, not divided.
      const score = parseVietnameseNumber(get("score").replace(/%$/, ""));
      if (!score.ok) return problem("score", score.expected);
      if (score.value !== null && (score.value < 0 || score.value > 100)) return problem("score", "a score from 0 to 100");
      const rank = parseVietnameseNumber(get("rank"));
      const provinces = provincesIn(reference.units, year).length;
      if (!rank.ok) return problem("rank", rank.expected);
      if (rank.value !== null && !(Number.isInteger(rank.value) && rank.value >= 1 && rank.value <= provinces)) {
        return problem("rank", `a whole rank from 1 to ${provinces} (the provinces of ${year})`);
      }
      if (score.value === null && rank.value === null) return problem("score", "a score or a rank (a row with neither says nothing)");
      urls.add(get("url"));
      const observe = (indicator: string, value: number | null): void => {
        // missing stays missing: no observation, never 0
        if (value !== null) observations.push({unitId: unit.id, indicator, period: year, grain: "year", value, numerator: null, denominator: null, source, sample: false});
      };
      observe(index.score, score.value);
      observe(index.rank, rank.value);
    });
    throwIfProblems(problems);
    const sourceUrls = [...urls].sort();
    const base = await fileProvenance(file, KIND, {rowsRead, periods: observations.map((o) => o.period), sourceUrl: sourceUrls.at(-1) ?? null, headerRows: [1, 1]});
    const provenance: ProvenanceWithSourceUrls = {...base, sourceUrls};
    return {observations, provenance};
  }
};
