import {basename} from "node:path";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {PAPI_INDICATORS} from "../../src/model/papiIndicators.ts";
import {papiObservations} from "../../src/papi/papiObservations.ts";
import {papiProvinceName} from "../../src/papi/papiProvinceName.ts";
import {parsePapiLong} from "../../src/papi/parsePapiLong.ts";
import type {UnitMatch} from "../../src/text/createUnitMatcher.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {pciProvinces} from "../pci/pciProvinces.ts";
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
  headers: aliasSpecs(
    ["year", "province_name", "subcriterion", "score"].map((h) => ({header: h, aliases: [h], required: true})),
    (h) => h.trim().toLowerCase()
  ),
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => String(c ?? "").trim().toLowerCase());
    return ["year", "province_name", "subcriterion", "score"].every((h) => header.includes(h));
  },
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const provinces = pciProvinces(reference.units);
    const matchProvince = (name: string, year: string): UnitMatch => provinces.matcher(year)(papiProvinceName(name));
    const parsed = parsePapiLong(rows, {file, matchProvince});
    const source = basename(file);
    const years = parsed.scores.map((s) => s.year);
    return {
      observations: papiObservations(parsed.scores, source),
      provenance: await fileProvenance(file, "papi-long", {rowsRead: parsed.rowsRead, periods: years, headerRows: [1, 1]})
    };
  }
};
