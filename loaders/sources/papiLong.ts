import {basename} from "node:path";
import {PAPI_INDICATORS} from "../../src/model/papiIndicators.ts";
import {papiObservations} from "../../src/papi/papiObservations.ts";
import {papiProvinceName} from "../../src/papi/papiProvinceName.ts";
import {parsePapiLong} from "../../src/papi/parsePapiLong.ts";
import {provincesIn} from "../../src/papi/provincesIn.ts";
import {createUnitMatcher, type UnitMatch} from "../../src/text/createUnitMatcher.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

/**
 * PAPI sub-dimension scores per province and year in long format (e.g. papi_2011_2024_long.csv:
 * year, Province, province_name, subcriterion, score, …). Provinces are matched by name over
 * the province-level units of data/reference (PAPI's codes P01… are not GSO codes).
 */
export const papiLong: Source = {
  kind: "papi-long",
  dataset: "papi",
  titleVi: "PAPI: điểm nội dung thành phần theo tỉnh và năm (dạng dài)",
  titleEn: "PAPI sub-dimension scores per province and year (long format)",
  extensions: [".csv"],
  indicators: PAPI_INDICATORS,
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => String(c ?? "").trim().toLowerCase());
    return ["year", "province_name", "subcriterion", "score"].every((h) => header.includes(h));
  },
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const matchers = new Map<string, (name: string) => UnitMatch>();
    const matchProvince = (name: string, year: string): UnitMatch => {
      let matcher = matchers.get(year);
      if (matcher === undefined) matchers.set(year, (matcher = createUnitMatcher(provincesIn(reference.units, year))));
      return matcher(papiProvinceName(name));
    };
    const parsed = parsePapiLong(rows, {file, matchProvince});
    const source = basename(file);
    const years = parsed.scores.map((s) => s.year);
    return {
      observations: papiObservations(parsed.scores, source),
      provenance: await fileProvenance(file, "papi-long", {rowsRead: parsed.rowsRead, periods: years})
    };
  }
};
