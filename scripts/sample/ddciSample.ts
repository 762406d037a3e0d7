import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {listDataFiles} from "../../loaders/buildDataset.ts";
import {ddciTable, readDdciTable} from "../../loaders/sources/ddciTable.ts";
import {ddciUnits} from "../../src/ddci/ddciUnits.ts";
import {generateDdciSample, type DdciSampleUnit} from "../../src/sample/generateDdciSample.ts";
import type {SampleWriter} from "./sampleWriter.ts";
import {writeDdciWorkbook} from "./writeDdciTable.ts";

/**
 * Years of the DDCI sample. Hà Tĩnh's DDCI was first run for 2021 (Báo Hà Tĩnh, "767 doanh
 * nghiệp thực hiện khảo sát DDCI Hà Tĩnh", 2023: "Tại Hà Tĩnh, DDCI được thực hiện từ năm
 * 2021"), so the sample starts there rather than inventing earlier rounds.
 */
export const DDCI_SAMPLE_YEARS = ["2021", "2022", "2023", "2024"] as const;

/**
 * Sample DDCI tables (.xlsx, one a year) for every district-level unit and department, leaving
 * out the unit-years that data/curated/ddci/ holds real figures for, so curated and sample
 * never overlap.
 */
export const ddciSample: SampleWriter = {
  dataset: "ddci",
  async write({root, folder, seed, reference}) {
    const exclude: {unitId: string; year: string}[] = [];
    for (const file of await listDataFiles(join(root, "data", "curated", "ddci"), [ddciTable])) {
      const table = await readDdciTable(file, reference);
      for (const row of table.rows) exclude.push({unitId: row.unitId, year: table.year});
    }
    const seen = new Map<string, DdciSampleUnit>();
    for (const year of DDCI_SAMPLE_YEARS) {
      for (const u of ddciUnits(reference.units, year)) {
        if (u.level !== "district" && u.level !== "department") continue;
        seen.set(u.id, {id: u.id, name: u.name, level: u.level, firstYear: u.validFrom?.slice(0, 4) ?? null, lastYear: u.validTo?.slice(0, 4) ?? null});
      }
    }
    // districts first, as in the published table, then departments, each in reference order
    const units = [...seen.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === "district" ? -1 : 1));
    const tables = generateDdciSample({seed, years: DDCI_SAMPLE_YEARS, units, exclude});
    await mkdir(folder, {recursive: true});
    for (const table of tables) await writeDdciWorkbook(join(folder, `ddci-${table.year}.xlsx`), table);
    return tables.length;
  }
};
