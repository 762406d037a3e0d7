import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import type {Unit} from "../../src/model/unit.ts";
import {createQd766UnitResolver} from "../../src/qd766/createQd766UnitResolver.ts";
import {identifyQd766Column} from "../../src/qd766/identifyQd766Column.ts";
import {QD766_COLUMNS, QD766_INDICATORS, QD766_SCORE_COLUMNS} from "../../src/qd766/qd766Layout.ts";
import {qd766Observations} from "../../src/qd766/qd766Observations.ts";
import {parseQd766Table, type ParsedQd766Table} from "../../src/qd766/parseQd766Table.ts";
import {readSpreadsheet} from "../io/readSpreadsheet.ts";
import type {Reference} from "../reference/loadReference.ts";
import {fileProvenance} from "./fileProvenance.ts";
import {sheetFor} from "./sheetFor.ts";
import type {Source} from "./source.ts";

/** The province a unit belongs to, through its parents; null when the reference does not say. */
export function provinceOf(unitId: string, units: readonly Unit[]): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let u = byId.get(unitId), hops = 0; u !== undefined && hops < 5; u = u.parentId === null ? undefined : byId.get(u.parentId), hops++) {
    if (u.level === "province") return u.id;
  }
  return null;
}

/** Reads and checks one published QĐ 766 score table: the first sheet with its header, parsed whole. */
export async function readQd766Table(file: string, reference: Reference): Promise<ParsedQd766Table & {readonly sheet: string}> {
  const sheets = await readSpreadsheet(file);
  const sheet = sheetFor(sheets, (preview) => qd766Scores.detect(preview));
  if (sheet === undefined) throw new DataError({file, expected: `a sheet with a QĐ 766 score table ("Đơn vị", "Tổng điểm", group scores)`});
  const resolveUnit = createQd766UnitResolver(reference.units, reference.lineage);
  return {...parseQd766Table(sheet.cells, {file, sheet: sheet.sheet, fileName: basename(file), resolveUnit}), sheet: sheet.sheet};
}

/**
 * Published scores of the service index of Quyết định 766/QĐ-TTg (23/6/2022): the per-unit
 * table the national or provincial public service portal exports (unit, group scores, total,
 * rank, classification; one month, quarter or year per file). Official figures: each file's
 * source line and date travel with them (tables.json in the archive).
 */
export const qd766Scores: Source = {
  kind: "qd766-scores",
  dataset: "qd766",
  titleVi: "Bảng điểm Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) đã công bố",
  titleEn: "Published scores of the Decision 766 service index",
  extensions: [".xlsx", ".xls", ".csv"],
  indicators: QD766_INDICATORS,
  headers: QD766_COLUMNS.filter((c) => c.key !== "index").map((c) => ({
    label: c.header,
    required: c.key === "unit" || c.key === "total",
    matches: (group: string, sub: string): boolean => identifyQd766Column(sub === "" ? group : sub) === c.key
  })),
  detect(preview) {
    return preview.some((row) => {
      const keys = row.map((c) => identifyQd766Column(String(c ?? "")));
      const groups = keys.filter((k) => k !== null && k !== "total" && QD766_SCORE_COLUMNS.some((s) => s.key === k));
      return keys.includes("unit") && keys.includes("total") && groups.length >= 2;
    });
  },
  async load(file, {reference}) {
    const table = await readQd766Table(file, reference);
    const province = provinceOf(table.rows[0]!.unitId, reference.units);
    return {
      observations: qd766Observations(table, basename(file), province),
      provenance: await fileProvenance(file, "qd766-scores", {
        sheet: table.sheet,
        rowsRead: table.rows.length + table.outsideRows,
        sample: table.sample,
        periods: [table.period.id],
        sourceUrl: table.source,
        headerRows: table.headerRows,
        indicatorsMissing: table.columnsMissing.map((k) => `qd766_${k}`)
      })
    };
  }
};
