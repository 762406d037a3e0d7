import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {createDdciUnitMatcher} from "../../src/ddci/createDdciUnitMatcher.ts";
import {ddciObservations} from "../../src/ddci/ddciObservations.ts";
import {ddciUnits} from "../../src/ddci/ddciUnits.ts";
import {identifyDdciColumn} from "../../src/ddci/identifyDdciColumn.ts";
import {DDCI_COLUMNS} from "../../src/ddci/ddciLayout.ts";
import {parseDdciTable, type ParsedDdciTable} from "../../src/ddci/parseDdciTable.ts";
import {DDCI_INDICATORS} from "../../src/model/ddciIndicators.ts";
import type {UnitMatch} from "../../src/text/createUnitMatcher.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import type {Reference} from "../reference/loadReference.ts";
import {fileProvenance} from "./fileProvenance.ts";
import {sheetFor} from "./sheetFor.ts";
import type {Source} from "./source.ts";

/** Reads and checks one DDCI table file: the first sheet with a DDCI header (else the first non-empty one), parsed whole. */
export async function readDdciTable(file: string, reference: Reference): Promise<ParsedDdciTable & {readonly sheet: string}> {
  const sheets = await readSpreadsheet(file);
  const sheet = sheetFor(sheets, (preview) => ddciTable.detect(preview));
  if (sheet === undefined) throw new DataError({file, expected: "a sheet with the DDCI results table"});
  const matchers = new Map<string, (name: string) => UnitMatch>();
  const matcherFor = (year: string): ((name: string) => UnitMatch) => {
    let matcher = matchers.get(year);
    if (matcher === undefined) matchers.set(year, (matcher = createDdciUnitMatcher(ddciUnits(reference.units, year))));
    return matcher;
  };
  return {...parseDdciTable(sheet.cells, {file, sheet: sheet.sheet, matcherFor, fileName: basename(file)}), sheet: sheet.sheet};
}

/**
 * Published DDCI results tables (kết quả DDCI: Bộ chỉ số đánh giá năng lực cạnh tranh các sở,
 * ban, ngành và UBND huyện, thành phố, thị xã của tỉnh Hà Tĩnh), one year per file, given by a
 * title line, a "Năm" column or the file name ("DDCI_2023.xlsx"), a header (Đơn vị, Số phiếu, nine component scores, Điểm tổng, Xếp loại), one
 * row per unit. The classification is text and stays out of the observations: see
 * loaders/ddci/ddciClassifications.ts.
 */
export const ddciTable: Source = {
  kind: "ddci-table",
  dataset: "ddci",
  titleVi: "Bảng kết quả DDCI theo đơn vị (một năm một tệp)",
  titleEn: "DDCI results table per unit (one year per file)",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: DDCI_INDICATORS,
  headers: DDCI_COLUMNS.filter((c) => c.key !== "index").map((c) => ({
    label: c.header,
    required: c.key !== "responses" && c.key !== "classification" && c.key !== "year",
    matches: (group: string, sub: string): boolean => identifyDdciColumn(sub === "" ? group : sub) === c.key
  })),
  detect(preview) {
    return preview.some((row) => {
      const keys = new Set(row.map((c) => identifyDdciColumn(String(c ?? ""))));
      return keys.has("unit") && (keys.has("total") || keys.has("classification")) && (keys.has("responses") || keys.has("ddci_transparency"));
    });
  },
  async load(file, {reference}) {
    const table = await readDdciTable(file, reference);
    const source = basename(file);
    return {
      observations: ddciObservations(table, source),
      provenance: await fileProvenance(file, "ddci-table", {
        sheet: table.sheet,
        rowsRead: table.rows.length,
        sample: table.sample,
        periods: [table.year],
        sourceUrl: table.sourceUrl,
        headerRows: table.headerRows
      })
    };
  }
};
