import {basename} from "node:path";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import {parseVietnameseNumber} from "../../src/format/parseVietnameseNumber.ts";
import type {Observation} from "../../src/model/observation.ts";
import {PAR_SIPAS_INDICATORS} from "../../src/model/parSipasIndicators.ts";
import {provincesIn} from "../../src/papi/provincesIn.ts";
import {createProvinceMatcher} from "../../src/text/createProvinceMatcher.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {ProvenanceWithSourceUrls, Source} from "./source.ts";
import {tidyHeaders} from "./tidyHeaders.ts";
import {tidyRows} from "./tidyRows.ts";

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
  ...tidyHeaders(COLUMNS, KEY_COLUMNS.map((key) => COLUMNS[key])),
  async load(file, {reference}) {
    const {rows, problems} = tidyRows(file, await readCsvRows(file), COLUMNS);
    const source = basename(file);
    const observations: Observation[] = [];
    const urls = new Set<string>();
    const seen = new Map<string, number>();
    for (const r of rows) {
      const {get, row} = r;
      const year = get("year");
      if (!/^\d{4}$/.test(year)) { r.problem("year", "a year such as 2024"); continue; }
      const unit = createProvinceMatcher(reference.units, year)(get("province"));
      if (!unit.ok) { r.problem("province", unit.expected); continue; }
      const index = INDICES[foldVietnamese(get("index"))];
      if (index === undefined) { r.problem("index", "PAR INDEX or SIPAS"); continue; }
      if (get("source") === "") { r.problem("source", "the publication the row was read from"); continue; }
      if (!/^https?:\/\/\S+$/.test(get("url"))) { r.problem("url", "the address (https://…) of the page the row was read from"); continue; }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(get("recorded"))) { r.problem("recorded", "the date the row was recorded, as 2024-05-31"); continue; }
      const key = `${unit.id}|${index.score}|${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) { r.problem("index", `each province, index and year once (also on row ${earlier})`); continue; }
      seen.set(key, row);

      // "(%)" is the index's notation: 89,72% is the score 89.72, so the % is dropped, not divided.
      const score = parseVietnameseNumber(get("score").replace(/%$/, ""));
      if (!score.ok) { r.problem("score", score.expected); continue; }
      if (score.value !== null && (score.value < 0 || score.value > 100)) { r.problem("score", "a score from 0 to 100"); continue; }
      const rank = parseVietnameseNumber(get("rank"));
      const provinces = provincesIn(reference.units, year).length;
      if (!rank.ok) { r.problem("rank", rank.expected); continue; }
      if (rank.value !== null && !(Number.isInteger(rank.value) && rank.value >= 1 && rank.value <= provinces)) {
        r.problem("rank", `a whole rank from 1 to ${provinces} (the provinces of ${year})`);
        continue;
      }
      if (score.value === null && rank.value === null) { r.problem("score", "a score or a rank (a row with neither says nothing)"); continue; }
      urls.add(get("url"));
      for (const [indicator, value] of [[index.score, score.value], [index.rank, rank.value]] as const) {
        // missing stays missing: no observation, never 0
        if (value !== null) observations.push({unitId: unit.id, indicator, period: year, grain: "year", value, numerator: null, denominator: null, source, sample: false});
      }
    }
    throwIfProblems(problems);
    const sourceUrls = [...urls].sort();
    const base = await fileProvenance(file, KIND, {rowsRead: rows.length, periods: observations.map((o) => o.period), sourceUrl: sourceUrls.at(-1) ?? null, headerRows: [1, 1]});
    const provenance: ProvenanceWithSourceUrls = {...base, sourceUrls};
    return {observations, provenance};
  }
};
