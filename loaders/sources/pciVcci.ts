import {basename} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {dataWarning} from "../../src/errors/dataWarning.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import type {Observation} from "../../src/model/observation.ts";
import {PCI_INDICATORS} from "../../src/model/pciIndicators.ts";
import {identifyPciColumn} from "../../src/pci/identifyPciColumn.ts";
import {locatePciTable, type PciTable} from "../../src/pci/locatePciTable.ts";
import {parsePciNumber} from "../../src/pci/parsePciNumber.ts";
import {pciObservation} from "../../src/pci/pciObservation.ts";
import {pciValueProblem} from "../../src/pci/pciValueProblem.ts";
import {readSpreadsheet, type SheetCells} from "../io/readSpreadsheet.ts";
import {pciProvinces, type PciProvinces} from "../pci/pciProvinces.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

const KIND = "pci-vcci";

/** The one year in a file name ("PCI 2016.xlsx" → "2016"); null when none or several. */
function yearOfFileName(file: string): string | null {
  const years = new Set([...basename(file).matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => m[1]!));
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * VCCI's own PCI workbooks (bảng tổng hợp PCI), as published each year since 2006. Their
 * layout changes from year to year (see locatePciTable), so nothing is read by position: the
 * sheet is the one whose table has the most PCI columns, the header and each column are found
 * by their Vietnamese or English text, with or without diacritics. Known differences:
 *
 * - 2006 (.xls): sheet "PCI Tóm tắt", two header rows (English over Vietnamese), one province
 *   column, rows sorted by PCI, MIN/MAX lines under the table, no rank column; an empty first
 *   sheet; "Ưu đãi đối với DNNN" and "Chính sách phát triển khu vực kinh tế tư nhân".
 * - 2008 (.xls): sheet "Tổng hợp", two header rows ("Chỉ số 1: …" over "Chỉ số 1"), a province
 *   column before every indicator (each list sorted by its own score), unweighted and weighted
 *   totals ("Chỉ số PCI cuối cùng"), no rank, no year in the headers; "Bắc Cạn".
 * - 2012 (.xlsx): sheet "Tong hop", one header row, the same paired layout, "Xếp hạng" and
 *   "Nhóm xếp hạng" (tier, not read); no policy-bias sub-index (2009-2012).
 * - 2013: sheet "Summary", English headers, English names without diacritics ("HCMC", "TT-Hue").
 * - 2014-2016: sheet "Summary_VN" (read) and a stale sheet "Summary" still headed "PCI 2013",
 *   which is skipped because its year differs from the file's.
 * - Every year: a lookup block under the table (one province's scores and ranks), not read.
 *
 * Other years' workbooks keep the table on a later sheet, head the rank "Thứ hạng PCI 2009", the
 * legal sub-index "Sub-Index 10: Law & Order": every sheet is searched and headers are matched
 * through src/pci/pciHeaderSynonyms.ts. A headed column of numbers that matches no indicator is
 * not read and is a warning (check-data, meta.json), never dropped in silence.
 *
 * The year comes from the file name, else from the total's header ("PCI 2016") or a title line.
 * Scores are rounded to the 2 decimals VCCI publishes; ranks are read where the sheet has them.
 */
export const pciVcci: Source = {
  kind: KIND,
  dataset: "pci",
  titleVi: "Bảng tổng hợp PCI của VCCI (tệp Excel theo năm)",
  titleEn: "VCCI's PCI summary workbook (one per year)",
  extensions: [".xlsx", ".xls"],
  indicators: PCI_INDICATORS,
  detect(preview) {
    return locatePciTable(preview) !== null;
  },
  // for explaining a file no kind recognises: the province, the total and the nine sub-indices
  // of every year are expected; policy bias (absent 2009-2012) and the rank are not
  headers: [
    {label: "Tỉnh / Province", required: true, matches: (g, s) => identifyPciColumn([g, s])?.kind === "province"},
    ...PCI_INDICATORS.map((indicator) => ({
      label: indicator.nameVi,
      required: indicator.id !== "pci_bias" && indicator.id !== "pci_rank",
      matches: (g: string, s: string): boolean => {
        const kind = identifyPciColumn([g, s]);
        return kind?.kind === "indicator" && kind.indicator === indicator.id;
      }
    }))
  ],
  async load(file, {reference}) {
    const sheets = await readSpreadsheet(file);
    const fileYear = yearOfFileName(file);
    const located = sheets.flatMap((sheet) => {
      const table = locatePciTable(sheet.cells);
      return table === null ? [] : [{sheet, table}];
    });
    // A sheet headed with another year than the file's is a leftover (2014-2016 keep "PCI 2013").
    const stale = located.filter(({table}) => fileYear !== null && table.year !== null && table.year !== fileYear);
    const candidates = located.filter((l) => !stale.includes(l));
    if (candidates.length === 0) {
      const note = stale.length > 0 ? `; ${stale.map(({sheet, table}) => `sheet "${sheet.sheet}" is for PCI ${table.year}`).join(", ")}, not ${fileYear}` : "";
      throw new DataError({
        file,
        expected: `a sheet with a PCI table: a province column (Tỉnh / Province) and at least three PCI columns such as Gia nhập thị trường, Tiếp cận đất đai, PCI${note}`
      });
    }
    const years = new Set(candidates.map(({table}) => table.year).filter((y) => y !== null));
    if (fileYear === null && years.size > 1) {
      throw new DataError({
        file,
        expected: `one year, written in the file name such as "PCI 2016.xlsx" (sheets are headed ${candidates.map(({sheet, table}) => `"${sheet.sheet}": ${table.year ?? "no year"}`).join(", ")})`
      });
    }
    const best = candidates.reduce((a, b) => (b.table.columns.length > a.table.columns.length ? b : a));
    const year = fileYear ?? best.table.year;
    if (year === null) {
      throw new DataError({file, sheet: best.sheet.sheet, expected: "a year in the file name (such as \"PCI 2016.xlsx\") or in the PCI column's header (\"PCI 2016\")"});
    }
    const observations = readTable(file, best.sheet, best.table, year, pciProvinces(reference.units));
    const [first, last] = best.table.bodyRows;
    const [top, bottom] = best.table.headerRows;
    const warnings = best.table.unmatched.map((u) =>
      dataWarning(
        {file, sheet: best.sheet.sheet, row: top + 1, column: u.column},
        "a column of numbers that matches no PCI indicator, not read (if it is a sub-index, add its header to src/pci/pciHeaderSynonyms.ts)"
      )
    );
    const found = new Set(observations.map((o) => o.indicator));
    return {
      observations,
      provenance: await fileProvenance(file, KIND, {
        sheet: best.sheet.sheet,
        rowsRead: last - first + 1,
        periods: [year],
        headerRows: [top + 1, bottom + 1],
        indicatorsMissing: PCI_INDICATORS.map((i) => i.id).filter((id) => !found.has(id)),
        warnings
      })
    };
  }
};

/** Every indicator column's values with its province column's names, all checked in one pass. */
function readTable(file: string, sheet: SheetCells, table: PciTable, year: string, provinces: PciProvinces): Observation[] {
  const problems: DataError[] = table.issues.map((issue) => new DataError({file, sheet: sheet.sheet, ...issue}));
  const match = provinces.matcher(year);
  const ranked = provinces.active(year).length;
  const source = basename(file);
  const observations: Observation[] = [];
  const [first, last] = table.bodyRows;
  for (const column of table.columns) {
    const seen = new Map<string, number>();
    for (let r = first; r <= last; r++) {
      const cells = sheet.cells[r] ?? [];
      const name = String(cells[column.provinceIndex] ?? "").trim();
      const raw = cells[column.index] ?? null;
      // a value's problem names the province beside the row; a province's problem is about the name itself
      const problem = (columnLabel: string, value: unknown, expected: string): void =>
        void problems.push(
          new DataError({file, sheet: sheet.sheet, row: r + 1, ...(columnLabel === column.label && name !== "" ? {unit: name} : {}), column: columnLabel, value, expected})
        );
      const parsed = parsePciNumber(raw);
      if (name === "") {
        if (!parsed.ok || parsed.value !== null) problem(column.provinceLabel, name, `the province the value in column ${column.label} belongs to`);
        continue;
      }
      const unit = match(name);
      if (!unit.ok) {
        problem(column.provinceLabel, name, `a province that existed in ${year}; closest: ${unit.suggestions.join(", ")}`);
        continue;
      }
      const earlier = seen.get(unit.id);
      if (earlier !== undefined) {
        problem(column.provinceLabel, name, `each province once for ${column.indicator} (also on row ${earlier})`);
        continue;
      }
      seen.set(unit.id, r + 1);
      if (!parsed.ok) {
        problem(column.label, raw, parsed.expected);
        continue;
      }
      if (parsed.value === null) continue; // missing stays missing: no observation
      const invalid = pciValueProblem(column.indicator, parsed.value, ranked);
      if (invalid !== null) {
        problem(column.label, raw, invalid);
        continue;
      }
      observations.push(pciObservation(unit.id, column.indicator, year, parsed.value, source));
    }
  }
  throwIfProblems(problems);
  return observations;
}
