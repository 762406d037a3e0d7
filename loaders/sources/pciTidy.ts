import {basename} from "node:path";
import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {columnLetter} from "../../src/errors/columnLetter.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import type {Observation} from "../../src/model/observation.ts";
import {PCI_INDICATORS} from "../../src/model/pciIndicators.ts";
import {parsePciNumber} from "../../src/pci/parsePciNumber.ts";
import {pciObservation} from "../../src/pci/pciObservation.ts";
import {pciValueProblem} from "../../src/pci/pciValueProblem.ts";
import {rankUnits} from "../../src/model/rankUnits.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {pciProvinces} from "../pci/pciProvinces.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Source} from "./source.ts";

const KIND = "pci-tidy";

/**
 * Which column holds which indicator. pci_weighted is the published PCI total. pci_bias_old
 * (2005-2008, "SOE bias") and pci_bias (from 2013, "equal competition") are one indicator,
 * pci_bias, with the change of definition in its description: the file never fills both for a
 * province-year, and a row that does is refused.
 */
export const PCI_TIDY_COLUMNS: Readonly<Record<string, string>> = {
  pci_entry: "pci_entry",
  pci_land: "pci_land",
  pci_transparency: "pci_transparency",
  pci_time: "pci_time",
  pci_informal: "pci_informal",
  pci_bias_old: "pci_bias",
  pci_bias: "pci_bias",
  pci_proactive: "pci_proactive",
  pci_support: "pci_support",
  pci_labor: "pci_labor",
  pci_legal: "pci_legal",
  pci_weighted: "pci_total",
  pci_rank: "pci_rank"
};

/**
 * Columns read past on purpose: pci_implement (a 2005-only sub-index, "implementation of central
 * policy", outside the ten) and pci_unweighted (the unweighted sum, never published as the PCI).
 */
const IGNORED = new Set(["pci_implement", "pci_unweighted"]);

/**
 * Tidy PCI tables, one row per province and year (as cleaned by researchers from VCCI's
 * releases: columns prov, year, pci_entry … pci_legal, pci_unweighted, pci_weighted; province
 * names with or without diacritics). Empty and "NA" cells are missing. Ranks: taken from a
 * pci_rank column if the file has one; otherwise computed from pci_weighted, but only for a year
 * in which the file scores every province that existed that year (none for 2005's 42).
 */
export const pciTidy: Source = {
  kind: KIND,
  dataset: "pci",
  titleVi: "Bảng PCI theo tỉnh và năm (dạng dài, prov/year/pci_…)",
  titleEn: "Tidy PCI table by province and year (prov/year/pci_…)",
  extensions: [".csv"],
  indicators: PCI_INDICATORS,
  headers: aliasSpecs(
    ["prov", "year", ...Object.keys(PCI_TIDY_COLUMNS)].map((h, i) => ({header: h, aliases: [h], required: i < 2 || h === "pci_weighted"})),
    (h) => h.trim().toLowerCase()
  ),
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => String(c ?? "").trim().toLowerCase());
    return header.includes("prov") && header.includes("year") && header.some((h) => h in PCI_TIDY_COLUMNS);
  },
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
    const label = (index: number): string => `${columnLetter(index)} (${header[index]})`;
    const headerProblems: DataError[] = [];
    for (const name of ["prov", "year"]) {
      if (!header.includes(name)) headerProblems.push(new DataError({file, row: 1, expected: `a column "${name}" in the header`}));
    }
    header.forEach((name, index) => {
      if (name === "prov" || name === "year" || IGNORED.has(name)) return;
      if (!(name in PCI_TIDY_COLUMNS)) {
        headerProblems.push(new DataError({file, row: 1, column: label(index), value: name, expected: `one of prov, year, ${Object.keys(PCI_TIDY_COLUMNS).join(", ")}, ${[...IGNORED].join(", ")}`}));
      } else if (header.indexOf(name) !== index) {
        headerProblems.push(new DataError({file, row: 1, column: label(index), value: name, expected: `each column once (also column ${label(header.indexOf(name))})`}));
      }
    });
    throwIfProblems(headerProblems);

    const prov = header.indexOf("prov");
    const yearAt = header.indexOf("year");
    const indicatorColumns = header.flatMap((name, index) => (name in PCI_TIDY_COLUMNS ? [{index, indicator: PCI_TIDY_COLUMNS[name]!}] : []));
    const hasRanks = header.includes("pci_rank");
    const provinces = pciProvinces(reference.units);
    const source = basename(file);
    const problems: DataError[] = [];
    const observations: Observation[] = [];
    const totals = new Map<string, Map<string, number>>();
    const seen = new Map<string, number>();
    let rowsRead = 0;

    rows.forEach((cells, i) => {
      if (i === 0 || cells.every((c) => c.trim() === "")) return;
      rowsRead++;
      const row = i + 1;
      const cell = (index: number): string => (cells[index] ?? "").trim();
      const problem = (index: number, expected: string): void => void problems.push(new DataError({file, row, column: label(index), value: cell(index), expected}));
      const year = cell(yearAt);
      if (!/^\d{4}$/.test(year)) return problem(yearAt, "a year such as 2019");
      const unit = provinces.matcher(year)(cell(prov));
      if (!unit.ok) return problem(prov, `a province that existed in ${year}; closest: ${unit.suggestions.join(", ")}`);
      const earlier = seen.get(`${unit.id}|${year}`);
      if (earlier !== undefined) return problem(prov, `each province once a year (also on row ${earlier})`);
      seen.set(`${unit.id}|${year}`, row);

      const values = new Map<string, {value: number; index: number}>();
      for (const {index, indicator} of indicatorColumns) {
        const parsed = parsePciNumber(cell(index));
        if (!parsed.ok) {
          problem(index, parsed.expected);
          continue;
        }
        if (parsed.value === null) continue; // missing stays missing: no observation
        const invalid = pciValueProblem(indicator, parsed.value, provinces.active(year).length);
        if (invalid !== null) {
          problem(index, invalid);
          continue;
        }
        const other = values.get(indicator);
        if (other !== undefined) {
          problem(index, `at most one of the policy-bias columns per row (also ${label(other.index)}: the sub-index was redefined in 2013)`);
          continue;
        }
        values.set(indicator, {value: parsed.value, index});
      }
      for (const [indicator, {value}] of values) observations.push(pciObservation(unit.id, indicator, year, value, source));
      const total = values.get("pci_total");
      if (total !== undefined) totals.set(year, (totals.get(year) ?? new Map<string, number>()).set(unit.id, total.value));
    });
    throwIfProblems(problems);

    if (!hasRanks) {
      for (const [year, scores] of totals) {
        const active = provinces.active(year);
        if (scores.size !== active.length || !active.every((u) => scores.has(u.id))) continue;
        const ranked = rankUnits([...scores].map(([unitId, value]) => ({unitId, period: year, value})), "higher");
        for (const {unitId, rank} of ranked) observations.push(pciObservation(unitId, "pci_rank", year, rank!, source));
      }
    }

    const periods = observations.map((o) => o.period);
    return {
      observations,
      provenance: await fileProvenance(file, KIND, {rowsRead, periods, headerRows: [1, 1]})
    };
  }
};
