import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {basename} from "node:path";
import {columnLetter} from "../../src/errors/columnLetter.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {throwIfProblems} from "../../src/errors/dataErrors.ts";
import type {Observation} from "../../src/model/observation.ts";
import {PCI_INDICATORS} from "../../src/model/pciIndicators.ts";
import {parsePciNumber} from "../../src/pci/parsePciNumber.ts";
import {pciObservation} from "../../src/pci/pciObservation.ts";
import {pciValueProblem} from "../../src/pci/pciValueProblem.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import {readCsvRows} from "../io/readCsvFile.ts";
import {pciProvinces} from "../pci/pciProvinces.ts";
import {fileProvenance} from "./fileProvenance.ts";
import type {Provenance, Source} from "./source.ts";

/** A figure the publisher states it did not publish (chưa công bố): shown as such, never as 0. */
export interface NotPublished {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
}

/**
 * Convention: a source that knows which figures were not published lists them in its file's
 * provenance as `notPublished`; buildDataset keeps provenance whole, so pages find them in
 * meta.json under `sources[].notPublished` and say "chưa công bố / not published" there
 * instead of showing a plain gap. No observation is made for them.
 */
export type ProvenanceWithNotPublished = Provenance & {readonly notPublished: readonly NotPublished[]};

const KIND = "pci-profile";
const COLUMNS = ["province", "year", "indicator", "value", "status", "source_url"] as const;
const PUBLISHED = new Set(["published", "da cong bo"]);
const NOT_PUBLISHED = new Set(["not published", "chua cong bo", "khong cong bo"]);
const INDICATOR_IDS = new Set(PCI_INDICATORS.map((i) => i.id));

/**
 * A province's PCI profile as transcribed from pcivietnam.vn (hồ sơ tỉnh), committed under
 * data/curated/pci/: a tidy CSV, one row per province, year and indicator id (pci_total,
 * pci_rank, pci_entry, …), with `status` "published" (value required) or "not published"
 * (value empty: e.g. the 2023 total and rank, which VCCI published only for the leading
 * provinces), and the page's address in `source_url`. Other columns (e.g. `source`) are notes.
 */
export const pciProfile: Source = {
  kind: KIND,
  dataset: "pci",
  titleVi: "Hồ sơ PCI của tỉnh (pcivietnam.vn), chép lại",
  titleEn: "Province PCI profile (pcivietnam.vn), transcribed",
  extensions: [".csv"],
  indicators: PCI_INDICATORS,
  headers: aliasSpecs(
    COLUMNS.map((h) => ({header: h, aliases: [h], required: true})),
    (h) => foldVietnamese(h)
  ),
  detect(preview) {
    const header = (preview[0] ?? []).map((c) => foldVietnamese(String(c ?? "")));
    return ["province", "indicator", "status", "source_url"].every((name) => header.includes(name));
  },
  async load(file, {reference}) {
    const rows = await readCsvRows(file);
    const header = (rows[0] ?? []).map((h) => foldVietnamese(h));
    const missing = COLUMNS.filter((name) => !header.includes(name));
    if (missing.length > 0) throw new DataError({file, row: 1, expected: `the columns ${missing.join(", ")} in the header`});
    const at = Object.fromEntries(COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<(typeof COLUMNS)[number], number>;
    const column = (name: (typeof COLUMNS)[number]): string => `${columnLetter(at[name])} (${name})`;
    const provinces = pciProvinces(reference.units);
    const source = basename(file);

    const problems: DataError[] = [];
    const observations: Observation[] = [];
    const notPublished: NotPublished[] = [];
    const urls = new Set<string>();
    const seen = new Map<string, number>();
    let rowsRead = 0;
    rows.forEach((cells, i) => {
      if (i === 0 || cells.every((c) => c.trim() === "")) return;
      rowsRead++;
      const row = i + 1;
      const get = (name: (typeof COLUMNS)[number]): string => (cells[at[name]] ?? "").trim();
      const problem = (name: (typeof COLUMNS)[number], expected: string): void =>
        void problems.push(new DataError({file, row, column: column(name), value: get(name), expected}));

      const year = get("year");
      if (!/^\d{4}$/.test(year)) return problem("year", "a year such as 2022");
      const indicator = get("indicator");
      if (!INDICATOR_IDS.has(indicator)) return problem("indicator", `one of ${[...INDICATOR_IDS].join(", ")}`);
      const unit = provinces.matcher(year)(get("province"));
      if (!unit.ok) return problem("province", `a province that existed in ${year}; closest: ${unit.suggestions.join(", ")}`);
      const url = get("source_url");
      if (!/^https?:\/\/\S+$/.test(url)) return problem("source_url", "the address (https://…) of the page the row was transcribed from");
      urls.add(url);
      const key = `${unit.id}|${indicator}|${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) return problem("province", `each province, indicator and year once (also on row ${earlier})`);
      seen.set(key, row);

      const status = foldVietnamese(get("status"));
      const parsed = parsePciNumber(get("value"));
      if (NOT_PUBLISHED.has(status)) {
        if (get("value") !== "") return problem("value", "an empty value (status is \"not published\")");
        notPublished.push({unitId: unit.id, indicator, period: year});
        return;
      }
      if (!PUBLISHED.has(status)) return problem("status", "\"published\" or \"not published\"");
      if (!parsed.ok) return problem("value", parsed.expected);
      if (parsed.value === null) return problem("value", "a value (status is \"published\"; write \"not published\" if the page gives none)");
      const invalid = pciValueProblem(indicator, parsed.value, provinces.active(year).length);
      if (invalid !== null) return problem("value", invalid);
      observations.push(pciObservation(unit.id, indicator, year, parsed.value, source));
    });
    throwIfProblems(problems);
    if (urls.size > 1) throw new DataError({file, column: column("source_url"), value: [...urls].join(" "), expected: "one page per file (one source_url)"});

    const periods = [...observations.map((o) => o.period), ...notPublished.map((n) => n.period)];
    const provenance: ProvenanceWithNotPublished = {...(await fileProvenance(file, KIND, {rowsRead, periods, sourceUrl: [...urls][0] ?? null, headerRows: [1, 1]})), notPublished};
    return {observations, provenance};
  }
};
